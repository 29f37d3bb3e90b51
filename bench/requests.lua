-- wrk script for one scenario of bench/load.py.
-- args[1] names a file of requests, one a line: METHOD<TAB>PATH<TAB>TOKEN or -<TAB>BODY or nothing.
-- Every connection cycles through them; response() counts answers that are not 2xx (wrk's own
-- count lets 3xx pass, but a redirect to the login page is a failure here); done() prints one
-- JSON line with the figures, the percentiles from wrk's own latency histogram.

local prepared = {}
local position = 0
bad = 0  -- global, so done() can read it from each thread
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  for line in io.lines(args[1]) do
    local method, path, token, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    local headers = {}
    if token ~= "-" then headers["Authorization"] = "Bearer " .. token end
    if body == "" then
      body = nil
    else
      headers["Content-Type"] = "application/json"
    end
    table.insert(prepared, wrk.format(method, path, headers, body))
  end
  -- Threads start at different places in the list, so they do not ask in lockstep.
  position = (id * 7919) % #prepared
end

function request()
  position = position % #prepared + 1
  return prepared[position]
end

function response(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local non_2xx = 0
  for _, thread in ipairs(threads) do non_2xx = non_2xx + thread:get("bad") end
  local errors = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "max_us": %d, '
    .. '"non_2xx": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    non_2xx, errors.connect, errors.read, errors.write, errors.timeout))
end
