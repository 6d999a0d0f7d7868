// The eight XSD 1.0 date/time kinds, listed once: xsdtypes::DateTimeKind and the date/time members
// of xpath::AtomicType both expand this list, so the two enums name the same kinds in the same
// order however either grows. Apart from date_time.h so that atomic_type.h can use it cheaply.
#pragma once

/// Calls X(Name) for each kind, e.g. X(GYearMonth) for xs:gYearMonth.
#define KONFORM_DATE_TIME_KINDS(X) \
  X(DateTime) X(Date) X(Time) X(GYearMonth) X(GYear) X(GMonthDay) X(GDay) X(GMonth)

namespace konform::xsdtypes {

enum class DateTimeKind {
#define KONFORM_DATE_TIME_KIND(name) k##name,
  KONFORM_DATE_TIME_KINDS(KONFORM_DATE_TIME_KIND)
#undef KONFORM_DATE_TIME_KIND
};

}  // namespace konform::xsdtypes
