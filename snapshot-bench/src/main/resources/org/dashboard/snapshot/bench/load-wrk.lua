-- Paced wrk connections for LoadTest: each connection waits LOAD_INTERVAL_MS before each request, so that
-- connections / interval is the offered rate. With LOAD_BODY set, the requests are POSTs of that file's JSON.
local interval = tonumber(os.getenv("LOAD_INTERVAL_MS") or "0")
local body_file = os.getenv("LOAD_BODY")
if body_file ~= nil and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  wrk.headers["Content-Type"] = "application/json"
  f:close()
end

function delay()
  return interval
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"non_2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,' ..
    '"p50_us":%d,"p95_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
