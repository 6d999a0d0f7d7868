-- wrk script for the service benchmark (run.py): POSTs the files named after `--` in turn to
-- /v1/validate, each named by X-Konform-Filename, and prints one line for run.py when wrk is done:
-- the request count, the errors by kind (a non-200 answer counts under "status") and the latency
-- percentiles in microseconds. Each wrk thread has its own Lua state and starts at its own file.
local bodies = {}
local names = {}
local next_file = 0

function init(args)
  for i, path in ipairs(args) do
    local file = assert(io.open(path, "rb"))
    bodies[i] = file:read("*a")
    file:close()
    names[i] = path:match("([^/]+)$")
  end
  next_file = math.random(#bodies) - 1
end

function request()
  next_file = next_file % #bodies + 1
  return wrk.format("POST", "/v1/validate",
                    {["Content-Type"] = "application/xml", ["X-Konform-Filename"] = names[next_file]},
                    bodies[next_file])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "KONFORM-BENCH {\"requests\": %d, \"duration_us\": %d, \"connect\": %d, \"read\": %d, " ..
    "\"write\": %d, \"status\": %d, \"timeout\": %d, \"p50_us\": %d, \"p99_us\": %d, " ..
    "\"mean_us\": %.1f, \"max_us\": %d}\n",
    summary.requests, summary.duration, errors.connect, errors.read, errors.write, errors.status,
    errors.timeout, latency:percentile(50), latency:percentile(99), latency.mean, latency.max))
end
