-- The mixed load of `scripts/bench --only load`: in every 20 requests of a wrk thread, 11 reads
-- and 9 writes, interleaved:
--   reads:  GET /v1/me x5, GET /v1/users x2, GET /v1/benefits x2, GET /v1/membership x2
--   writes: POST /v1/users x3 (a new email each: u<RUN>t<thread>n<N>@DOMAIN),
--           PUT /v1/users/{upn}/roles/admin-agent x3 and DELETE of the same x3, on the users
--           of UPNS_FILE in turn (made beforehand)
--
--   wrk -t2 -c64 -d10s --latency -s scripts/bench_load/mixed.lua URL -- TOKEN_FILE UPNS_FILE RUN DOMAIN
--
-- TOKEN_FILE: a bearer token on its first line; UPNS_FILE: one userPrincipalName a line,
-- percent-encoded for a path; RUN: a tag that keeps this run's new emails apart from other
-- runs'; DOMAIN: the domain of the new emails. Prints a `statuses` line at the end.

-- statuses.lua sits beside this script.
dofile((debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./") .. "statuses.lua")

local PLAN = {
   "me", "add", "users", "grant", "benefits", "revoke", "membership",
   "me", "add", "users", "grant", "benefits", "revoke", "membership",
   "me", "add", "grant", "me", "revoke", "me",
}
local READS = {
   me = "/v1/me", users = "/v1/users", benefits = "/v1/benefits", membership = "/v1/membership",
}

local read_headers, json_headers, upns, run, domain
local sent, added, granted, revoked = 0, 0, 0, 0

function init(args)
   local f = assert(io.open(args[1]))
   local token = f:read("*l")
   f:close()
   upns = {}
   for line in io.lines(args[2]) do
      if line ~= "" then table.insert(upns, line) end
   end
   run, domain = args[3], args[4]
   read_headers = { ["Authorization"] = "Bearer " .. token }
   json_headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

local function role_path(i)
   return "/v1/users/" .. upns[i % #upns + 1] .. "/roles/admin-agent"
end

function request()
   local kind = PLAN[sent % #PLAN + 1]
   sent = sent + 1
   if READS[kind] then
      return wrk.format("GET", READS[kind], read_headers)
   elseif kind == "add" then
      added = added + 1
      local body = string.format('{"email":"u%st%dn%d@%s","firstName":"Load","lastName":"Test"}',
                                 run, id, added, domain)
      return wrk.format("POST", "/v1/users", json_headers, body)
   elseif kind == "grant" then
      granted = granted + 1
      return wrk.format("PUT", role_path(granted), read_headers)
   else
      revoked = revoked + 1
      return wrk.format("DELETE", role_path(revoked), read_headers)
   end
end
