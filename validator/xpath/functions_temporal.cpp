// Date, time and duration functions (F&O 10) on konform::xsdtypes::DateTime / Duration:
// component extraction, current date/time (fixed per DynamicContext), the implicit timezone
// (UTC, so results are reproducible), fn:dateTime and timezone adjustment.
#include "validator/xpath/error.h"
#include "validator/xpath/functions.h"

namespace konform::xpath::fn {
namespace {

using Args = Arguments;
using T = AtomicType;

// The accessors and adjusters share one body per shape: the caller has converted the argument
// to the declared type (untypedAtomic cast, XPTY0004 otherwise), so the body only reads it.
template <auto field>
Sequence date_time_component(EvalContext&, Args a) {
  const Atomic* v = optional_atomic(a[0]);
  if (v == nullptr) return {};
  return field(v->as_datetime());
}

template <auto field>
Sequence duration_component(EvalContext&, Args a) {
  const Atomic* v = optional_atomic(a[0]);
  if (v == nullptr) return {};
  return field(v->as_duration());
}

Sequence timezone_of(const DateTime& v) {
  auto tz = v.timezone();
  if (!tz) return {};
  return one(Atomic(T::kDayTimeDuration, *tz));
}

constexpr std::string_view adjuster_name(T type) {
  if (type == T::kDateTime) return "adjust-dateTime-to-timezone";
  return type == T::kDate ? "adjust-date-to-timezone" : "adjust-time-to-timezone";
}

template <T type>
Sequence adjust_to_timezone(EvalContext&, Args a) {
  auto invalid = [] {
    return Error("FODT0003", std::string(adjuster_name(type)) + "(): invalid timezone");
  };
  const Atomic* v = optional_atomic(a[0]);
  if (v == nullptr) return {};
  std::optional<int> tz = 0;  // the implicit timezone
  if (a.size() > 1) {
    tz = std::nullopt;
    if (const Atomic* d = optional_atomic(a[1])) {
      tz = xsdtypes::timezone_minutes_from(d->as_duration());
      if (!tz) throw invalid();
    }
  }
  auto r = v->as_datetime().adjust_to_timezone(tz);
  if (!r) throw invalid();
  return one(Atomic(type, *r));
}

/// Adds an accessor `name`(`argument`?) as `result`?.
void accessor(FunctionTable& table, std::string_view name, T argument, T result, BuiltinBody body) {
  define(table, name, 1, 1, {types::atomic_opt(argument)}, types::atomic_opt(result), body);
}

void adjuster(FunctionTable& table, T type, BuiltinBody body) {
  define(table, adjuster_name(type), 1, 2,
         {types::atomic_opt(type), types::atomic_opt(T::kDayTimeDuration)}, types::atomic_opt(type),
         body);
}

Sequence cast_current(EvalContext& c, xsdtypes::DateTimeKind kind, T type) {
  auto v = c.dynamic->current_date_time.cast(kind);
  if (!v) throw Error("FODT0001", "current date/time out of range");
  return one(Atomic(type, *v));
}

}  // namespace

void add_temporal(FunctionTable& table) {
  using namespace types;
  constexpr auto year = [](const DateTime& v) { return integer(v.year()); };
  constexpr auto month = [](const DateTime& v) { return integer(v.month()); };
  constexpr auto day = [](const DateTime& v) { return integer(v.day()); };
  constexpr auto hours = [](const DateTime& v) { return integer(v.hours()); };
  constexpr auto minutes = [](const DateTime& v) { return integer(v.minutes()); };
  constexpr auto seconds = [](const DateTime& v) { return one(Atomic::decimal(v.seconds())); };
  constexpr T kInt = T::kInteger, kDec = T::kDecimal, kTz = T::kDayTimeDuration;
  accessor(table, "year-from-dateTime", T::kDateTime, kInt, date_time_component<year>);
  accessor(table, "month-from-dateTime", T::kDateTime, kInt, date_time_component<month>);
  accessor(table, "day-from-dateTime", T::kDateTime, kInt, date_time_component<day>);
  accessor(table, "hours-from-dateTime", T::kDateTime, kInt, date_time_component<hours>);
  accessor(table, "minutes-from-dateTime", T::kDateTime, kInt, date_time_component<minutes>);
  accessor(table, "seconds-from-dateTime", T::kDateTime, kDec, date_time_component<seconds>);
  accessor(table, "timezone-from-dateTime", T::kDateTime, kTz, date_time_component<timezone_of>);
  accessor(table, "year-from-date", T::kDate, kInt, date_time_component<year>);
  accessor(table, "month-from-date", T::kDate, kInt, date_time_component<month>);
  accessor(table, "day-from-date", T::kDate, kInt, date_time_component<day>);
  accessor(table, "timezone-from-date", T::kDate, kTz, date_time_component<timezone_of>);
  accessor(table, "hours-from-time", T::kTime, kInt, date_time_component<hours>);
  accessor(table, "minutes-from-time", T::kTime, kInt, date_time_component<minutes>);
  accessor(table, "seconds-from-time", T::kTime, kDec, date_time_component<seconds>);
  accessor(table, "timezone-from-time", T::kTime, kTz, date_time_component<timezone_of>);

  constexpr auto years = [](const Duration& d) { return integer(d.years()); };
  constexpr auto months = [](const Duration& d) { return integer(d.months()); };
  constexpr auto days = [](const Duration& d) { return one(Atomic::integer(d.days())); };
  constexpr auto d_hours = [](const Duration& d) { return integer(d.hours()); };
  constexpr auto d_minutes = [](const Duration& d) { return integer(d.minutes()); };
  constexpr auto d_seconds = [](const Duration& d) { return one(Atomic::decimal(d.seconds())); };
  accessor(table, "years-from-duration", T::kDuration, kInt, duration_component<years>);
  accessor(table, "months-from-duration", T::kDuration, kInt, duration_component<months>);
  accessor(table, "days-from-duration", T::kDuration, kInt, duration_component<days>);
  accessor(table, "hours-from-duration", T::kDuration, kInt, duration_component<d_hours>);
  accessor(table, "minutes-from-duration", T::kDuration, kInt, duration_component<d_minutes>);
  accessor(table, "seconds-from-duration", T::kDuration, kDec, duration_component<d_seconds>);

  define(table, "current-dateTime", 0, 0, {}, atomic(AtomicType::kDateTime),
         [](EvalContext& c, Args) {
           return cast_current(c, xsdtypes::DateTimeKind::kDateTime, T::kDateTime);
         });
  define(table, "current-date", 0, 0, {}, atomic(AtomicType::kDate), [](EvalContext& c, Args) {
    return cast_current(c, xsdtypes::DateTimeKind::kDate, T::kDate);
  });
  define(table, "current-time", 0, 0, {}, atomic(AtomicType::kTime), [](EvalContext& c, Args) {
    return cast_current(c, xsdtypes::DateTimeKind::kTime, T::kTime);
  });
  define(table, "implicit-timezone", 0, 0, {}, atomic(AtomicType::kDayTimeDuration),
         [](EvalContext&, Args) {
           return one(Atomic(T::kDayTimeDuration, Duration::day_time(Decimal())));
         });
  define(table, "dateTime", 2, 2, {atomic_opt(AtomicType::kDate), atomic_opt(AtomicType::kTime)},
         atomic_opt(AtomicType::kDateTime), [](EvalContext&, Args a) -> Sequence {
           const Atomic* d = optional_atomic(a[0]);
           const Atomic* t = optional_atomic(a[1]);
           if (d == nullptr || t == nullptr) return {};
           auto r = DateTime::combine(d->as_datetime(), t->as_datetime());
           if (!r) throw Error("FORG0008", "dateTime(): date and time have different timezones");
           return one(Atomic(T::kDateTime, *r));
         });
  adjuster(table, T::kDateTime, adjust_to_timezone<T::kDateTime>);
  adjuster(table, T::kDate, adjust_to_timezone<T::kDate>);
  adjuster(table, T::kTime, adjust_to_timezone<T::kTime>);
}

}  // namespace konform::xpath::fn
