-- wrk script of bench/ratios.py: one request shape, and a JSON line of what came back.
--
-- wrk -s bench/ratios.lua <url> -- <method> <token or -> <body or -> <code prefix>
-- A body's @CODE@ becomes a code unique to the run, the thread and the request (a POST of a
-- task with an explicit code: the same code twice would be a 409).

local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   wrk.method = args[1]
   if args[2] ~= "-" then
      wrk.headers["Authorization"] = "Bearer " .. args[2]
   end
   if args[3] ~= "-" then
      template = args[3]
      prefix = args[4] .. "t" .. id .. "n"
      wrk.headers["Content-Type"] = "application/json"
   end
   fixed = wrk.format()
end

-- wrk decides from the script as loaded whether requests vary: so one function for both.
function request()
   if template == nil then
      return fixed
   end
   counter = counter + 1
   local body = template:gsub("@CODE@", prefix .. counter)
   return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      '{"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,' ..
      '"timeout":%d,"p50_us":%d,"p99_us":%d}\n',
      summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(99)))
end
