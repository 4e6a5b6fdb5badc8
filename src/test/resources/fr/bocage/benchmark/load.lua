-- Bocage's load benchmark (issue 19), run by wrk: each connection asks for the paths of the file given after "--"
-- in turn, each thread from its own place in the list; 503s (the overload gate's refusals) are counted apart from
-- other errors, and the figures are written on one line that WrkLoadGenerator reads.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  next_path = id * 7919
  overloaded = 0
end

function request()
  next_path = next_path + 1
  return wrk.format("GET", paths[(next_path % #paths) + 1], { ["Accept"] = "text/html,application/json" })
end

function response(status, headers, body)
  if status == 503 then
    overloaded = overloaded + 1
  end
end

function done(summary, latency, requests)
  local refused = 0
  for _, thread in ipairs(threads) do
    refused = refused + thread:get("overloaded")
  end
  local e = summary.errors
  io.write(string.format("bocage-load responses=%d micros=%d status_errors=%d overloaded=%d timeouts=%d"
      .. " socket_errors=%d p50=%d p99=%d\n", summary.requests, summary.duration, e.status, refused, e.timeout,
      e.connect + e.read + e.write, latency:percentile(50), latency:percentile(99)))
end
