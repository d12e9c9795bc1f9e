-- wrk script of the proxy load test (docs/benchmarks.md, "Proxy load test"): POSTs a request body
-- file as JSON and ends with one parseable RESULT line.
--
--   wrk -t1 -c1 -d30s --latency -s bench/proxy/post.lua URL -- BODY_FILE [MODE] [CALLS] [RATE THREADS]
--
-- RATE (requests per second, all THREADS wrk threads together; default none): paces the requests
-- instead of sending the next one as soon as an answer is back. Each thread spaces its requests
-- evenly on a fixed schedule; a connection that is behind it sends at once. Latency is still
-- measured from each request's send to its answer.
--
-- MODE says what the proxy sees, as a voice platform would send it:
--   calls   (default) CALLS calls per wrk thread (default 1; give connections / threads), each
--           request the next turn of one of them, round robin: a Masker-Session-Id per call, the
--           same history every turn, and a new last user message every time (a few fillers such as
--           "um so okay" before it, counting the requests), so the proxy detects the new turn only
--           and takes the history from its cache, as in a real call. Each run starts new calls.
--   repeat  the file as it is, one session per thread: from the second request on, everything
--           comes from the proxy's cache (its floor)
--   none    the file as it is, no session id: every request is a call of its own, its whole
--           history masked afresh (a platform that sends no call id)

local FILLERS = { "oh", "um", "uh", "so", "well", "okay", "yeah", "right", "hmm", "and" }
local threads = 0

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } masker_timespec;
  int clock_gettime(int clock, masker_timespec *now);
]]
local clock = ffi.new("masker_timespec")

local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  local path = args[1] or error("post.lua needs the body file: wrk ... URL -- BODY_FILE")
  local file = io.open(path, "rb") or error("cannot read " .. path)
  local body = file:read("*a")
  file:close()
  mode = args[2] or "calls"
  calls = tonumber(args[3] or "1")
  local rate = tonumber(args[4] or "")
  if rate then
    interval_ms = 1000 * tonumber(args[5] or error("RATE needs THREADS")) / rate
    next_slot_ms = now_ms()
  end
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
  local stat = io.open("/proc/self/stat")
  session = string.format("bench-%d-%d-%d", os.time(), stat and stat:read("*n") or 0, thread_number)
  if stat then stat:close() end
  if mode == "repeat" then
    wrk.headers["Masker-Session-Id"] = session
  elseif mode == "calls" then
    local marker = '"role":"user","content":"'
    local at, last = nil, 0
    repeat
      at = last
      last = string.find(body, marker, last + 1, true)
    until last == nil
    if at == 0 then error(path .. " has no " .. marker) end
    head = string.sub(body, 1, at + #marker - 1)
    tail = string.sub(body, at + #marker)
    sent = 0
    request = next_turn
  elseif mode ~= "none" then
    error("unknown mode " .. mode .. ": calls, repeat or none")
  end
end

-- The next turn of the next call: the request count in fillers, one word a decimal digit.
function next_turn()
  local words, n = {}, sent
  repeat
    words[#words + 1] = FILLERS[n % 10 + 1]
    n = math.floor(n / 10)
  until n == 0
  wrk.headers["Masker-Session-Id"] = session .. "-" .. (sent % calls)
  sent = sent + 1
  return wrk.format(nil, nil, nil, head .. table.concat(words, " ") .. " " .. tail)
end

-- With a RATE, how long to wait before this request: until the thread's next free slot.
function delay()
  if not interval_ms then
    return 0
  end
  local now = now_ms()
  if next_slot_ms < now then
    next_slot_ms = now
  end
  local wait = next_slot_ms - now
  next_slot_ms = next_slot_ms + interval_ms
  return wait
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f"
      .. " socket_errors=%d non2xx=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
