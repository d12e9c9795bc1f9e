-- wrk script of the proxy load test (docs/benchmarks.md, "Proxy load test"): POSTs a request body
-- file as JSON and ends with one parseable RESULT line.
--
--   wrk -t1 -c1 -d30s --latency -s bench/proxy/post.lua URL -- BODY_FILE [SESSION]
--
-- SESSION "thread" (the default) sends a Masker-Session-Id per wrk thread, as a voice platform
-- sends its call id: every request of a thread is a turn of one long call. "none" sends no session
-- id, so each request is a session of its own.

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  local path = args[1] or error("post.lua needs the body file: wrk ... URL -- BODY_FILE")
  local file = io.open(path, "rb") or error("cannot read " .. path)
  wrk.method = "POST"
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
  if (args[2] or "thread") == "thread" then
    wrk.headers["Masker-Session-Id"] = string.format("bench-%d-%d", os.time(), thread_number)
  end
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
