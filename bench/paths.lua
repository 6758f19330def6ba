-- wrk script: cycles through the request paths of a file (wrk ... -s bench/paths.lua URL -- PATHS_FILE), each
-- thread from its own starting point, and prints the RESULT line bench/run.sh reads.
local paths = {}
local counter = 0

init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  counter = math.random(#paths)
end

request = function()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.0f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.connect + e.read + e.write + e.timeout))
end
