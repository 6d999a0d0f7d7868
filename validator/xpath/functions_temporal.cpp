// Date, time and duration functions (F&O 10) on konform::xsdtypes::DateTime / Duration:
// component extraction, current date/time (fixed per DynamicContext), the implicit timezone
// (UTC, so results are reproducible), fn:dateTime and timezone adjustment.
#include "validator/xpath/error.h"
#include "validator/xpath/functions.h"

namespace konform::xpath::fn {
namespace {

using Args = std::vector<Sequence>;
using T = AtomicType;

std::optional<Atomic> typed_arg(const Sequence& arg, T type, const char* function) {
  auto a = opt_atomic(arg, function);
  if (!a) return std::nullopt;
  if (a->type() == T::kUntypedAtomic) a = cast_atomic(*a, type);
  if (!derives_from(a->type(), type))
    throw Error("XPTY0004", std::string(function) + "(): expected " + std::string(type_name(type)) +
                                ", got " + std::string(type_name(a->type())));
  return a;
}

using DateTimeField = std::function<Sequence(const DateTime&)>;

void component(StaticContext& sc, const char* name, T type, DateTimeField f) {
  define(sc, name, 1, 1, [type, name, f](EvalContext&, Args& a) -> Sequence {
    auto v = typed_arg(a[0], type, name);
    if (!v) return {};
    return f(v->as_datetime());
  });
}

Sequence timezone_of(const DateTime& v) {
  auto tz = v.timezone();
  if (!tz) return {};
  return one(Atomic(T::kDayTimeDuration, *tz));
}

using DurationField = std::function<Sequence(const Duration&)>;

void duration_component(StaticContext& sc, const char* name, DurationField f) {
  define(sc, name, 1, 1, [name, f](EvalContext&, Args& a) -> Sequence {
    auto v = typed_arg(a[0], T::kDuration, name);
    if (!v) return {};
    return f(v->as_duration());
  });
}

void adjuster(StaticContext& sc, const char* name, T type) {
  define(sc, name, 1, 2, [name, type](EvalContext&, Args& a) -> Sequence {
    auto v = typed_arg(a[0], type, name);
    if (!v) return {};
    std::optional<int> tz = 0;  // the implicit timezone
    if (a.size() > 1) {
      auto d = typed_arg(a[1], T::kDayTimeDuration, name);
      tz = std::nullopt;
      if (d) {
        tz = xsdtypes::timezone_minutes_from(d->as_duration());
        if (!tz) throw Error("FODT0003", std::string(name) + "(): invalid timezone");
      }
    }
    auto r = v->as_datetime().adjust_to_timezone(tz);
    if (!r) throw Error("FODT0003", std::string(name) + "(): invalid timezone");
    return one(Atomic(type, *r));
  });
}

Sequence cast_current(EvalContext& c, xsdtypes::DateTimeKind kind, T type) {
  auto v = c.dynamic->current_date_time.cast(kind);
  if (!v) throw Error("FODT0001", "current date/time out of range");
  return one(Atomic(type, *v));
}

}  // namespace

void register_temporal(StaticContext& sc) {
  auto year = [](const DateTime& v) { return integer(v.year()); };
  auto month = [](const DateTime& v) { return integer(v.month()); };
  auto day = [](const DateTime& v) { return integer(v.day()); };
  auto hours = [](const DateTime& v) { return integer(v.hours()); };
  auto minutes = [](const DateTime& v) { return integer(v.minutes()); };
  auto seconds = [](const DateTime& v) { return one(Atomic::decimal(v.seconds())); };
  component(sc, "year-from-dateTime", T::kDateTime, year);
  component(sc, "month-from-dateTime", T::kDateTime, month);
  component(sc, "day-from-dateTime", T::kDateTime, day);
  component(sc, "hours-from-dateTime", T::kDateTime, hours);
  component(sc, "minutes-from-dateTime", T::kDateTime, minutes);
  component(sc, "seconds-from-dateTime", T::kDateTime, seconds);
  component(sc, "timezone-from-dateTime", T::kDateTime, timezone_of);
  component(sc, "year-from-date", T::kDate, year);
  component(sc, "month-from-date", T::kDate, month);
  component(sc, "day-from-date", T::kDate, day);
  component(sc, "timezone-from-date", T::kDate, timezone_of);
  component(sc, "hours-from-time", T::kTime, hours);
  component(sc, "minutes-from-time", T::kTime, minutes);
  component(sc, "seconds-from-time", T::kTime, seconds);
  component(sc, "timezone-from-time", T::kTime, timezone_of);

  duration_component(sc, "years-from-duration",
                     [](const Duration& d) { return integer(d.years()); });
  duration_component(sc, "months-from-duration",
                     [](const Duration& d) { return integer(d.months()); });
  duration_component(sc, "days-from-duration",
                     [](const Duration& d) { return one(Atomic::integer(d.days())); });
  duration_component(sc, "hours-from-duration",
                     [](const Duration& d) { return integer(d.hours()); });
  duration_component(sc, "minutes-from-duration",
                     [](const Duration& d) { return integer(d.minutes()); });
  duration_component(sc, "seconds-from-duration",
                     [](const Duration& d) { return one(Atomic::decimal(d.seconds())); });

  define(sc, "current-dateTime", 0, 0, [](EvalContext& c, Args&) {
    return cast_current(c, xsdtypes::DateTimeKind::kDateTime, T::kDateTime);
  });
  define(sc, "current-date", 0, 0, [](EvalContext& c, Args&) {
    return cast_current(c, xsdtypes::DateTimeKind::kDate, T::kDate);
  });
  define(sc, "current-time", 0, 0, [](EvalContext& c, Args&) {
    return cast_current(c, xsdtypes::DateTimeKind::kTime, T::kTime);
  });
  define(sc, "implicit-timezone", 0, 0, [](EvalContext&, Args&) {
    return one(Atomic(T::kDayTimeDuration, Duration::day_time(Decimal())));
  });
  define(sc, "dateTime", 2, 2, [](EvalContext&, Args& a) -> Sequence {
    auto d = typed_arg(a[0], T::kDate, "dateTime");
    auto t = typed_arg(a[1], T::kTime, "dateTime");
    if (!d || !t) return {};
    auto r = DateTime::combine(d->as_datetime(), t->as_datetime());
    if (!r) throw Error("FORG0008", "dateTime(): date and time have different timezones");
    return one(Atomic(T::kDateTime, *r));
  });
  adjuster(sc, "adjust-dateTime-to-timezone", T::kDateTime);
  adjuster(sc, "adjust-date-to-timezone", T::kDate);
  adjuster(sc, "adjust-time-to-timezone", T::kTime);
}

}  // namespace konform::xpath::fn
