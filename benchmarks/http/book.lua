-- Public booking POSTs, each for a slot and a client of its own: wrk -tN ... -s book.lua URL -- SLOTS_FILE TREATMENT
-- LOCATION OFFSET N. Thread t of N books lines OFFSET+t, OFFSET+t+n, ... of SLOTS_FILE ("start practitioner" per line,
-- written by bench_fixture.py), so no two requests of one run, nor of runs with offsets far enough apart, compete for a
-- slot. Prints the same RESULT line as report.lua (a 409 or any other non-2xx answer counts as an error).
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  slots_file, treatment, location, offset, step = args[1], args[2], args[3], tonumber(args[4]), tonumber(args[5])
  slots = {}
  for line in io.lines(slots_file) do
    table.insert(slots, line)
  end
  next_slot = offset + id + 1
  path = wrk.path
  headers = { ["Content-Type"] = "application/json" }
end

function booking_request()
  local line = slots[next_slot]
  if line == nil then
    error("out of benchmark slots at line " .. next_slot)
  end
  next_slot = next_slot + step
  local start, practitioner = line:match("^(%S+) (%S+)$")
  local client = string.format("bench-%d-%d-%d", id, next_slot, math.random(1, 1e9))
  -- a phone of the client's own, as real clients have: one shared by every client would make each new client a
  -- possible duplicate of all the earlier ones (see docs/benchmarks.md, "Booking")
  local phone = string.format("07%09d", math.random(0, 999999999))
  local body = string.format('{"treatment":"%s","start":"%s","practitioner":"%s","location":"%s",'
      .. '"client":{"firstName":"Bench","lastName":"Client %s","email":"%s@example.com",'
      .. '"phone":"%s","dateOfBirth":"1990-04-15"}}', treatment, start, practitioner, location, client, client, phone)
  return wrk.format("POST", path, headers, body)
end

request = booking_request

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect, e.read, e.write, e.status, e.timeout))
end
