-- The sign-in storm of `scripts/bench --only signin-storm`: POST /{TENANT}/oauth2/token with
-- grant_type=password for the users of BODIES_FILE in turn; every fifth request of a wrk
-- thread carries a wrong password, the others the right one. A successful sign-in clears a
-- user's failures, so no user reaches the 10 failures in 15 minutes that lock them.
--
--   wrk -t2 -c16 -d9s --latency -s scripts/bench_load/signin.lua URL -- BODIES_FILE TENANT
--
-- BODIES_FILE: per user a line `RIGHT<TAB>WRONG`, each a whole form-encoded body
-- (grant_type=password&username=UPN&password=...). Prints a `statuses` line at the end.

-- statuses.lua sits beside this script.
dofile((debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./") .. "statuses.lua")

local users, path
local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
local sent = 0

function init(args)
   users = {}
   for line in io.lines(args[1]) do
      local right, wrong = line:match("^([^\t]+)\t([^\t]+)$")
      if right then table.insert(users, { right = right, wrong = wrong }) end
   end
   path = "/" .. args[2] .. "/oauth2/token"
end

function request()
   local user = users[sent % #users + 1]
   local wrong = sent % 5 == 4
   sent = sent + 1
   return wrk.format("POST", path, headers, wrong and user.wrong or user.right)
end
