-- Counts every answer by status code, per wrk thread, and prints one line at the end:
--   statuses 200=1234 201=56 ...
-- (scripts/bench reads it). Loaded by the other scripts of this folder with dofile().

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

statuses = {}

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local total = {}
   for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses")) do
         total[status] = (total[status] or 0) + count
      end
   end
   local parts = {}
   for status, count in pairs(total) do
      table.insert(parts, status .. "=" .. count)
   end
   table.sort(parts)
   io.write("statuses " .. table.concat(parts, " ") .. "\n")
end
