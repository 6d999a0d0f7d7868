// Date, time and duration functions (F&O 10): component extraction, current date/time (fixed
// per DynamicContext), implicit timezone (UTC), fn:dateTime and timezone adjustment.
#include "validator/xpath/error.h"
#include "validator/xpath/functions.h"

namespace konform::xpath::fn {
namespace {

using Args = std::vector<Sequence>;
using T = AtomicType;

std::optional<Atomic> typed_arg(const Sequence& arg, std::initializer_list<T> types,
                                const char* function) {
  auto a = opt_atomic(arg, function);
  if (!a) return std::nullopt;
  if (a->type() == T::kUntypedAtomic) a = cast_atomic(*a, *types.begin());
  for (T t : types) {
    if (derives_from(a->type(), t)) return a;
  }
  throw Error("XPTY0004", std::string(function) + "(): wrong argument type " +
                              std::string(type_name(a->type())));
}

using DateTimeField = std::function<Sequence(const DateTimeValue&)>;

void component(StaticContext& sc, const char* name, std::initializer_list<T> types,
               DateTimeField f) {
  std::vector<T> ts(types);
  define(sc, name, 1, 1, [ts, name, f](EvalContext&, Args& a) -> Sequence {
    auto v = opt_atomic(a[0], name);
    if (!v) return {};
    if (v->type() == T::kUntypedAtomic) v = cast_atomic(*v, ts.front());
    bool ok = false;
    for (T t : ts) ok |= v->type() == t;
    if (!ok) throw Error("XPTY0004", std::string(name) + "(): wrong argument type");
    return f(v->as_datetime());
  });
}

Sequence timezone_of(const DateTimeValue& v) {
  if (!v.has_timezone) return {};
  return one(Atomic(T::kDayTimeDuration,
                    DurationValue{0, Decimal(static_cast<std::int64_t>(v.timezone_minutes) * 60)}));
}

using DurationField = std::function<Sequence(const DurationValue&)>;

void duration_component(StaticContext& sc, const char* name, DurationField f) {
  define(sc, name, 1, 1, [name, f](EvalContext&, Args& a) -> Sequence {
    auto v = opt_atomic(a[0], name);
    if (!v) return {};
    if (v->type() == T::kUntypedAtomic) v = cast_atomic(*v, T::kDuration);
    if (!derives_from(v->type(), T::kDuration))
      throw Error("XPTY0004", std::string(name) + "(): expected a duration");
    return f(v->as_duration());
  });
}

// Whole seconds of a duration's seconds part, by unit, with the duration's sign.
std::int64_t seconds_part(const DurationValue& d, std::int64_t divisor, std::int64_t modulus) {
  std::int64_t s = d.seconds.truncate().to_int64();
  std::int64_t sign = s < 0 ? -1 : 1;
  return sign * ((s * sign) / divisor % modulus);
}

Atomic adjust(T type, const DateTimeValue& v, std::optional<int> tz) {
  DateTimeValue r = v;
  if (!tz) {
    r.has_timezone = false;
    r.timezone_minutes = 0;
    return Atomic(type, r);
  }
  if (!v.has_timezone) {
    r.has_timezone = true;
    r.timezone_minutes = *tz;
    return Atomic(type, r);
  }
  r = from_timeline_seconds(timeline_seconds(v), *tz);
  if (type == T::kDate) {
    r.hour = r.minute = 0;
    r.second = Decimal();
  }
  if (type == T::kTime) {
    r.year = 1972;
    r.month = 12;
    r.day = 31;
  }
  return Atomic(type, r);
}

void adjuster(StaticContext& sc, const char* name, T type) {
  define(sc, name, 1, 2, [name, type](EvalContext&, Args& a) -> Sequence {
    auto v = typed_arg(a[0], {type}, name);
    if (!v) return {};
    std::optional<int> tz = 0;  // implicit timezone
    if (a.size() > 1) {
      auto d = typed_arg(a[1], {T::kDayTimeDuration}, name);
      if (!d) {
        tz = std::nullopt;
      } else {
        Decimal secs = d->as_duration().seconds;
        Decimal minutes = *Decimal::divide(secs, Decimal(60));
        if (!minutes.is_integer() || minutes > Decimal(14 * 60) || minutes < Decimal(-14 * 60))
          throw Error("FODT0003", std::string(name) + "(): invalid timezone");
        tz = static_cast<int>(minutes.truncate().to_int64());
      }
    }
    return one(adjust(type, v->as_datetime(), tz));
  });
}

}  // namespace

void register_temporal(StaticContext& sc) {
  auto year = [](const DateTimeValue& v) { return integer(v.year); };
  auto month = [](const DateTimeValue& v) { return integer(v.month); };
  auto day = [](const DateTimeValue& v) { return integer(v.day); };
  auto hours = [](const DateTimeValue& v) { return integer(v.hour); };
  auto minutes = [](const DateTimeValue& v) { return integer(v.minute); };
  auto seconds = [](const DateTimeValue& v) { return one(Atomic::decimal(v.second)); };
  component(sc, "year-from-dateTime", {T::kDateTime}, year);
  component(sc, "month-from-dateTime", {T::kDateTime}, month);
  component(sc, "day-from-dateTime", {T::kDateTime}, day);
  component(sc, "hours-from-dateTime", {T::kDateTime}, hours);
  component(sc, "minutes-from-dateTime", {T::kDateTime}, minutes);
  component(sc, "seconds-from-dateTime", {T::kDateTime}, seconds);
  component(sc, "timezone-from-dateTime", {T::kDateTime}, timezone_of);
  component(sc, "year-from-date", {T::kDate}, year);
  component(sc, "month-from-date", {T::kDate}, month);
  component(sc, "day-from-date", {T::kDate}, day);
  component(sc, "timezone-from-date", {T::kDate}, timezone_of);
  component(sc, "hours-from-time", {T::kTime}, hours);
  component(sc, "minutes-from-time", {T::kTime}, minutes);
  component(sc, "seconds-from-time", {T::kTime}, seconds);
  component(sc, "timezone-from-time", {T::kTime}, timezone_of);

  duration_component(sc, "years-from-duration", [](const DurationValue& d) {
    return integer(d.months / 12);
  });
  duration_component(sc, "months-from-duration", [](const DurationValue& d) {
    return integer(d.months % 12);
  });
  duration_component(sc, "days-from-duration", [](const DurationValue& d) {
    return integer(d.seconds.truncate().to_int64() / 86400);
  });
  duration_component(sc, "hours-from-duration", [](const DurationValue& d) {
    return integer(seconds_part(d, 3600, 24));
  });
  duration_component(sc, "minutes-from-duration", [](const DurationValue& d) {
    return integer(seconds_part(d, 60, 60));
  });
  duration_component(sc, "seconds-from-duration", [](const DurationValue& d) {
    Decimal whole_minutes = Decimal::from_integer(*xsdtypes::Integer::idiv(d.seconds.truncate(), 60)) * Decimal(60);
    return one(Atomic::decimal(d.seconds - whole_minutes));
  });

  define(sc, "current-dateTime", 0, 0, [](EvalContext& c, Args&) {
    return one(Atomic(T::kDateTime, c.dynamic->current_date_time));
  });
  define(sc, "current-date", 0, 0, [](EvalContext& c, Args&) {
    DateTimeValue v = c.dynamic->current_date_time;
    v.hour = v.minute = 0;
    v.second = Decimal();
    return one(Atomic(T::kDate, v));
  });
  define(sc, "current-time", 0, 0, [](EvalContext& c, Args&) {
    DateTimeValue v = c.dynamic->current_date_time;
    v.year = 1972;
    v.month = 12;
    v.day = 31;
    return one(Atomic(T::kTime, v));
  });
  define(sc, "implicit-timezone", 0, 0, [](EvalContext&, Args&) {
    return one(Atomic(T::kDayTimeDuration, DurationValue{0, Decimal()}));
  });
  define(sc, "dateTime", 2, 2, [](EvalContext&, Args& a) -> Sequence {
    auto d = typed_arg(a[0], {T::kDate}, "dateTime");
    auto t = typed_arg(a[1], {T::kTime}, "dateTime");
    if (!d || !t) return {};
    const DateTimeValue& dv = d->as_datetime();
    const DateTimeValue& tv = t->as_datetime();
    if (dv.has_timezone && tv.has_timezone && dv.timezone_minutes != tv.timezone_minutes)
      throw Error("FORG0008", "dateTime(): date and time have different timezones");
    DateTimeValue r = dv;
    r.hour = tv.hour;
    r.minute = tv.minute;
    r.second = tv.second;
    if (!r.has_timezone && tv.has_timezone) {
      r.has_timezone = true;
      r.timezone_minutes = tv.timezone_minutes;
    }
    return one(Atomic(T::kDateTime, r));
  });
  adjuster(sc, "adjust-dateTime-to-timezone", T::kDateTime);
  adjuster(sc, "adjust-date-to-timezone", T::kDate);
  adjuster(sc, "adjust-time-to-timezone", T::kTime);
}

}  // namespace konform::xpath::fn
