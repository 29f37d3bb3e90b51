-- wrk script for one scenario of bench/load.py.
-- args[1] names a file of requests, one a line: METHOD<TAB>PATH<TAB>TOKEN or -<TAB>BODY or nothing.
-- Every connection cycles through them. With args[2] = "once" and args[3] = the number of threads
-- (requests that succeed only once, a step on a record) the threads take every n-th request from
-- the start instead of cycling from
-- places of their own, so none is sent twice, and done() reports how far into the list they
-- got ("used"), for the next run to start there. response() counts answers that are not 2xx (wrk's own
-- count lets 3xx pass, but a redirect to the login page is a failure here); done() prints one
-- JSON line with the figures, the percentiles from wrk's own latency histogram.

local prepared = {}
position = 0  -- globals, so done() can read them from each thread: the next request's index from 0,
bad = 0       -- and the answers that were not 2xx
local stride = 1
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
  if args[2] == "once" then
    stride = tonumber(args[3])
    position = id - 1
  else
    -- Threads start at different places in the list, so they do not ask in lockstep.
    position = (id * 7919) % #prepared
  end
end

function request()
  local chosen = prepared[position % #prepared + 1]
  position = position + stride
  return chosen
end

function response(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local non_2xx, used = 0, 0
  for _, thread in ipairs(threads) do
    non_2xx = non_2xx + thread:get("bad")
    used = math.max(used, thread:get("position"))
  end
  local errors = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "max_us": %d, '
    .. '"non_2xx": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d, "used": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    non_2xx, errors.connect, errors.read, errors.write, errors.timeout, used))
end
