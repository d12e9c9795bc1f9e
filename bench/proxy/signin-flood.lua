-- wrk script of the sign-in flood test (docs/benchmarks.md, "Sign-in flood"): failed sign-ins as
-- fast as they are answered, each from a made-up client address (X-Forwarded-For, which the server
-- trusts for this test only), so no per-address limit stops them: the worst case for the bound on
-- bcrypt work. Ends with one parseable FLOOD line counting the answers by status.
--
--   wrk -t1 -c16 -d30s -s bench/proxy/signin-flood.lua URL/api/v1/auth/login -- EMAIL

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function init(args)
  email = args[1] or "victim@localhost"
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  math.randomseed(os.time() * 100 + thread_number)
  sent, answered_401, answered_429, answered_other = 0, 0, 0, 0
end

function request()
  sent = sent + 1
  wrk.headers["X-Forwarded-For"] = string.format(
    "10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  return wrk.format(nil, nil, nil,
    string.format('{"email": "%s", "password": "wrong guess %d"}', email, sent))
end

function response(status)
  if status == 401 then
    answered_401 = answered_401 + 1
  elseif status == 429 then
    answered_429 = answered_429 + 1
  else
    answered_other = answered_other + 1
  end
end

function done(summary, latency, requests)
  local counts = { 0, 0, 0 }
  for _, thread in ipairs(threads) do
    counts[1] = counts[1] + thread:get("answered_401")
    counts[2] = counts[2] + thread:get("answered_429")
    counts[3] = counts[3] + thread:get("answered_other")
  end
  io.write(string.format(
    "FLOOD requests=%d rps=%.1f status_401=%d status_429=%d other=%d p50_ms=%.1f\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    counts[1], counts[2], counts[3], latency:percentile(50) / 1000))
end
