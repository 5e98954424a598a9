# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_partnerctl_global_optspecs
    string join \n data-dir= sandbox o/output= json= jq= color= token-file= dry-run q/quiet v/verbose yes no-input backend= insecure-http h/help V/version
end

function __fish_partnerctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_partnerctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_partnerctl_using_subcommand
    set -l cmd (__fish_partnerctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c partnerctl -n "__fish_partnerctl_needs_command" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "tenant" -d 'Create a tenant (directory) and manage its domains'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "login" -d 'Sign in as a user of a tenant'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "logout" -d 'Sign out and forget the stored session'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "whoami" -d 'Show the signed-in user, tenant and roles'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "auth" -d 'Credentials: where the session lives and when it expires'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "account" -d 'Enroll and manage the partner account'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "outbox" -d 'Read the mails the backend sent (verification codes)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "membership" -d 'Show, renew and upgrade the membership'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "offers" -d 'The offer catalog'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "orders" -d 'Orders: list, pay invoices, refund'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "benefits" -d 'Benefits of the membership: activate, assign seats, product keys'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "users" -d 'Users of the partner tenant and their roles'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "roles" -d 'Roles and their members'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "profile" -d 'Profile files: JSON Schema, templates, offline validation'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "config" -d 'Show and change settings (config file, environment, flags)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "enroll" -d 'Enroll an organization and all its subsidiaries from one file, like `kubectl apply`'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "man" -d 'Write man pages: one per command with --dir, else the top one on stdout'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "serve" -d 'Serve the backend over HTTP, in Partner Center\'s conventions'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "backend" -d 'What each kind of backend can do'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -f -a "create" -d 'Create a tenant; prints its Global admin and temporary password (shown once)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -f -a "show" -d 'Show the signed-in tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -f -a "domains" -d 'Manage the tenant\'s custom domains'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create show domains help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l domain-prefix -d 'The tenant\'s default domain is PREFIX.onmicrosoft.com (2-27 lowercase letters, digits)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l domain -d 'A custom domain the organization owns (repeatable)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l password-stdin -d 'Choose the Global admin\'s password (the first line of stdin) instead of getting a temporary one to change at the first sign-in'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -f -a "add" -d 'Add a custom domain to the signed-in tenant; it answers the TXT record that verifies it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -f -a "verify" -d 'Look up a domain\'s TXT record in DNS, and mark the domain verified when it is there'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from domains" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a tenant; prints its Global admin and temporary password (shown once)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the signed-in tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "domains" -d 'Manage the tenant\'s custom domains'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s u -l username -d 'The user\'s userPrincipalName' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l client-id -d 'Partner Center: the application (client) id [env: PARTNERCTL_CLIENT_ID]; alone, it signs in with client credentials, or exchanges a refresh token (Secure Application Model)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l tenant -d 'Partner Center: the tenant (id or domain) to sign in at [env: PARTNERCTL_TENANT] [default: organizations]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l client-secret-file -d 'Partner Center: read the client secret from the first line of this file [env: PARTNERCTL_CLIENT_SECRET]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l certificate-file -d 'Partner Center: sign in with a client assertion signed by the key of this certificate (one PEM file: PKCS#8 RSA private key and certificate) [env: PARTNERCTL_CLIENT_CERTIFICATE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l refresh-token-file -d 'Partner Center: read the refresh token to exchange from the first line of this file [env: PARTNERCTL_REFRESH_TOKEN]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l new-password-stdin -d 'When the password is temporary and must change at this first sign-in, read the new one from stdin (its second line with --password-stdin, else its first); on a terminal, partnerctl asks for it instead'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l device-code -d 'Partner Center: sign in in a browser with a code (OAuth 2.0 device authorization)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -f -a "status" -d 'Where the credential lives (keyring, file, token file, environment) and when it expires; never the secret. Exits 4 when there is no usable credential'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -f -a "token" -d 'Print the current access token (refreshed when expired) on stdout, for scripts that call the API directly'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Where the credential lives (keyring, file, token file, environment) and when it expires; never the secret. Exits 4 when there is no usable credential'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the current access token (refreshed when expired) on stdout, for scripts that call the API directly'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -f -a "create" -d 'Enroll the organization of a profile in the Microsoft Partner Network'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -f -a "show" -d 'Show the account: MPN ID, vetting, membership'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -f -a "verify" -d 'Confirm the verification code the primary contact received'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -f -a "update" -d 'Replace the legal business profile from a location-format profile'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -f -a "profile" -d 'Show one of the Partner Center profiles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -f -a "locations" -d 'Locations (subsidiaries) of the global account'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and not __fish_seen_subcommand_from create show verify update profile locations help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -s f -l file -d 'The organization profile (YAML)' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l accept-agreement -d 'Accept the Microsoft Partner Network agreement on the organization\'s behalf'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l mpn-id -d 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant\'s global account]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l code -d 'The code from the verification mail (visible to other local users while the command runs; --code-stdin is not)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l mpn-id -d 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant\'s global account]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l code-stdin -d 'Read the code from the first line of stdin'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l resend -d 'Send a new code to the primary contact'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -s f -l file -d 'A location-format profile (legalBusinessProfile)' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l mpn-id -d 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant\'s global account]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l if-match -d 'Change the profile only if it is still at this etag (`attributes.etag` of `account profile legal`) [default: the etag read just before the change, with Partner Center]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l mpn-id -d 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant\'s global account]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from profile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -f -a "add" -d 'Add a location with its own legal business profile and MPN ID'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -f -a "list" -d 'List the locations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from locations" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "create" -d 'Enroll the organization of a profile in the Microsoft Partner Network'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the account: MPN ID, vetting, membership'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Confirm the verification code the primary contact received'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "update" -d 'Replace the legal business profile from a location-format profile'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "profile" -d 'Show one of the Partner Center profiles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "locations" -d 'Locations (subsidiaries) of the global account'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the mails sent, with their verification codes'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the mails sent, with their verification codes'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -f -a "show" -d 'Show status, anniversary, renewal window and programmes'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -f -a "renew" -d 'Renew for a year, to the same anniversary (from the anniversary, for 30 days)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -f -a "rejoin" -d 'Buy the membership again after it lapsed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -f -a "upgrade" -d 'Buy Action Pack or a Silver or Gold competency'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and not __fish_seen_subcommand_from show renew rejoin upgrade help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l mpn-id -d 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant\'s global account]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l payment -d 'How to pay [default: card]' -r -f -a "card\t''
invoice\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l mpn-id -d 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant\'s global account]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from renew" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l mpn-id -d 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant\'s global account]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from rejoin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l to -d 'What to buy' -r -f -a "action-pack\t''
competency\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l area -d 'Competency area' -r -f -a "cloud-platform\t''
data-analytics\t''
security\t''
application-development\t''
cloud-productivity\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l level -d 'Competency level' -r -f -a "silver\t''
gold\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l payment -d 'How to pay [default: card]' -r -f -a "card\t''
invoice\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l attested-by -d 'Who attests that the competency\'s requirements are met [default: you]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l mpn-id -d 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant\'s global account]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show status, anniversary, renewal window and programmes'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from help" -f -a "renew" -d 'Renew for a year, to the same anniversary (from the anniversary, for 30 days)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from help" -f -a "rejoin" -d 'Buy the membership again after it lapsed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from help" -f -a "upgrade" -d 'Buy Action Pack or a Silver or Gold competency'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand membership; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List the offers with their prices'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show one offer and the benefits it grants'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the offers with their prices'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one offer and the benefits it grants'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -f -a "list" -d 'List the account\'s orders'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -f -a "pay" -d 'Record the payment of an invoice order'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -f -a "refund" -d 'Refund an order (within 30 days, if no benefit was used)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and not __fish_seen_subcommand_from list pay refund help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l mpn-id -d 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant\'s global account]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from pay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from refund" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the account\'s orders'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "pay" -d 'Record the payment of an invoice order'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "refund" -d 'Refund an order (within 30 days, if no benefit was used)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -f -a "list" -d 'List the benefits of the account'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -f -a "activate" -d 'Activate a benefit (Global admin or MPN partner admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -f -a "assign" -d 'Assign a seat to a user (Global admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -f -a "keys" -d 'Show the product keys of a benefit (viewing them blocks a refund)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -f -a "redeem" -d 'Mark a product key as redeemed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and not __fish_seen_subcommand_from list activate assign keys redeem help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l mpn-id -d 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant\'s global account]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l kind -d 'With --all: only benefits of this kind (repeat for more) [default: every kind]' -r -f -a "product-key\t''
cloud-credit\t''
seats\t''
support-incidents\t''
advisory-hours\t''
other\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l mpn-id -d 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant\'s global account]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l all -d 'Activate every available benefit of the account (of the kinds --kind names), in one change; those already active are left as they are'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l user -d 'The user who gets the seat' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l replace -d 'Move the seat from this user (90 days after it was assigned)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from redeem" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the benefits of the account'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Activate a benefit (Global admin or MPN partner admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Assign a seat to a user (Global admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from help" -f -a "keys" -d 'Show the product keys of a benefit (viewing them blocks a refund)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from help" -f -a "redeem" -d 'Mark a product key as redeemed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand benefits; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -f -a "add" -d 'Add a user, or every user of a file; temporary passwords are shown once'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -f -a "list" -d 'List the users of the tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -f -a "remove" -d 'Remove a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -f -a "grant" -d 'Give a user a role'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -f -a "revoke" -d 'Take a role from a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from add list remove grant revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s f -l file -d 'A users file (YAML): every entry is checked before the first is added' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l email -d 'The user\'s (work) email address' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l first-name -d 'Given name' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l last-name -d 'Family name' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l role -d 'A role to give (repeatable)' -r -f -a "global-admin\t''
user-management-admin\t''
billing-admin\t''
admin-agent\t''
sales-agent\t''
helpdesk-agent\t''
account-admin\t''
mpn-partner-admin\t''
referral-admin\t''
incentive-admin\t''
business-profile-admin\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l upn -d 'userPrincipalName [default: local part of the email @ the tenant\'s default domain]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l guest -d 'A guest from another tenant (MPN partner admin, Business profile admin, Referral admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user, or every user of a file; temporary passwords are shown once'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the users of the tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Give a user a role'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take a role from a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -f -a "list" -d 'List the roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -f -a "members" -d 'List the members of a role'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and not __fish_seen_subcommand_from list members help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "members" -d 'List the members of a role'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -f -a "schema" -d 'Print the JSON Schema of a kind of profile, for editors'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -f -a "init" -d 'Print a commented template of a kind of profile'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -f -a "validate" -d 'Check profile files offline; every problem is reported as FILE:LINE:COLUMN (exit 2)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and not __fish_seen_subcommand_from schema init validate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l kind -d 'Check every file as this kind' -r -f -a "organization\t'An organization to enroll (`account create -f`)'
location\t'A subsidiary\'s legal business profile (`account locations add -f`, `account update -f`)'
users\t'Users to add (`users add -f`)'
enrollment\t'A parent organization and its subsidiaries (`enroll -f`)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "schema" -d 'Print the JSON Schema of a kind of profile, for editors'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "init" -d 'Print a commented template of a kind of profile'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check profile files offline; every problem is reported as FILE:LINE:COLUMN (exit 2)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -f -a "show" -d 'Show every setting, its value and where it came from (default, file, env, flag)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -f -a "set" -d 'Set a key in the config file'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -f -a "unset" -d 'Remove a key from the config file (any key, so a misspelt one can go too)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every setting, its value and where it came from (default, file, env, flag)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a key in the config file'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a key from the config file (any key, so a misspelt one can go too)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -s f -l file -d 'The enrollment file, or a directory of profiles' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l concurrency -d 'Subsidiaries in flight at once; fewer while the backend throttles' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l fail-fast -d 'Stop at the first failed subsidiary (those in flight finish)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l resume -d 'Skip the subsidiaries an earlier run of this file finished (its journal says which)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l accept-agreement -d 'Accept the Microsoft Partner Network agreement on the parent organization\'s behalf'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand enroll" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l dir -d 'Write every page (partnerctl.1, partnerctl-account-create.1, ...) into this directory' -r -f -a "(__fish_complete_directories)"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l listen -d 'The address to listen on (port 0: any free port); a socket passed by systemd (LISTEN_FDS) is served instead' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l rate-limit -d 'Throttle each tenant to N requests a second (429 with Retry-After) [default: off]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l now -d 'The server\'s clock, RFC 3339 (as PARTNERCTL_NOW): rehearse renewals' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l max-connections -d 'The most connections open at once; more wait until one closes' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l request-timeout -d 'How long a request may take, from its head to its answer (a body sent slowly included); past it the answer is 408' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l public-url -d 'The URL clients reach this server at (behind a proxy: the proxy\'s): the audience of client assertions, the device-code page\'s address and the base of the confirmation links in mail [default: http:// and the address listened on]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l app -d 'Register an application for client credentials, acting as the user UPN; its secret is PARTNERCTL_SERVE_CLIENT_SECRET (repeatable)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l app-certificate -d 'Let the application CLIENT_ID sign in with client assertions signed by the key of this certificate (PEM) instead of a secret (repeatable)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l device-code-lifetime -d 'How long device codes wait for approval, in seconds of the server\'s clock: rehearse an expired code [default: 900]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l inject-faults -d 'For testing clients only: fail a share of requests on purpose (500, 503, a connection reset after the commit, slow answers, 429 bursts), e.g. share=0.2,kinds=500+503+reset+slow+429,seed=7 [default: off]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l database -d 'Serve a PostgreSQL database instead of the data dir\'s SQLite file: postgres://USER@HOST[:PORT]/DATABASE, without the password (PARTNERCTL_DATABASE_URL); on the database\'s own machine, its Unix socket\'s directory as the host: postgres://USER@%2Fvar%2Frun%2Fpostgresql/DATABASE' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l database-password-file -d 'A file whose first line is the database\'s password (else PARTNERCTL_DATABASE_PASSWORD or PGPASSWORD)' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l database-pool -d 'Database connections this instance keeps at most for reads, and as many again for changes [default: twice this machine\'s cores]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l key-file -d 'A file of 32 or more random bytes that seals mail and stored answers; every instance on one database must be given the same (PARTNERCTL_KEY_FILE; required with --database)' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l max-in-flight -d 'Requests handled at once; past that the answer is 503 with Retry-After' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l smtp-url -d 'Deliver mail through this SMTP server: smtp://[USER@]HOST:PORT (no TLS: a local MTA), smtp://...?tls=required (STARTTLS) or smtps://... (TLS); the password never in the URL [default: mail stays in the outbox]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l mail-from -d 'The sender of mail, `partners@contoso.com` or `Contoso Partners <partners@contoso.com>` (required with --smtp-url)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l smtp-password-file -d 'A file whose first line is the SMTP password of --smtp-url\'s user (else PARTNERCTL_SMTP_PASSWORD)' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l mail-give-up -d 'Give up on a mail not delivered this long after it was written (it is then `failed`), e.g. 1h, 30m, 90s [default: 1h]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l print-openapi -d 'Print the OpenAPI document and exit'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -f -a "capabilities" -d 'List every command and the backend kinds (embedded, http, partner-center) that do it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and not __fish_seen_subcommand_from capabilities help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -l data-dir -d 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user\'s data dir + /partnerctl]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -s o -l output -d 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
yaml\t''
ndjson\t''
tsv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -l json -d 'Print only these fields of the JSON output, comma-separated; alone, list the fields' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -l jq -d 'Filter the JSON output with a jq expression, e.g. \'.[].mpnId\' (not with -o table, tsv or yaml)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -l color -d 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -l token-file -d 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -l backend -d 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -l sandbox -d 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -l dry-run -d 'Show what a command would do; nothing is written'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -s q -l quiet -d 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -s v -l verbose -d 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings\' origins and timings, -vvv HTTP headers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -l yes -d 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -l no-input -d 'Never prompt; fail, naming the flag to pass, when input would be needed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -l insecure-http -d 'Allow a plain http:// backend URL to a host other than this machine'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from capabilities" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from help" -f -a "capabilities" -d 'List every command and the backend kinds (embedded, http, partner-center) that do it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand backend; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "tenant" -d 'Create a tenant (directory) and manage its domains'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "login" -d 'Sign in as a user of a tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "logout" -d 'Sign out and forget the stored session'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "whoami" -d 'Show the signed-in user, tenant and roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "auth" -d 'Credentials: where the session lives and when it expires'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "account" -d 'Enroll and manage the partner account'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "outbox" -d 'Read the mails the backend sent (verification codes)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "membership" -d 'Show, renew and upgrade the membership'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "offers" -d 'The offer catalog'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "orders" -d 'Orders: list, pay invoices, refund'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "benefits" -d 'Benefits of the membership: activate, assign seats, product keys'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "users" -d 'Users of the partner tenant and their roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "roles" -d 'Roles and their members'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "profile" -d 'Profile files: JSON Schema, templates, offline validation'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "config" -d 'Show and change settings (config file, environment, flags)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "enroll" -d 'Enroll an organization and all its subsidiaries from one file, like `kubectl apply`'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "completions" -d 'Print a shell completion script'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "man" -d 'Write man pages: one per command with --dir, else the top one on stdout'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "serve" -d 'Serve the backend over HTTP, in Partner Center\'s conventions'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "backend" -d 'What each kind of backend can do'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant login logout whoami auth account outbox membership offers orders benefits users roles profile config enroll completions man serve backend help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "create" -d 'Create a tenant; prints its Global admin and temporary password (shown once)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "show" -d 'Show the signed-in tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "domains" -d 'Manage the tenant\'s custom domains'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Where the credential lives (keyring, file, token file, environment) and when it expires; never the secret. Exits 4 when there is no usable credential'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print the current access token (refreshed when expired) on stdout, for scripts that call the API directly'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "create" -d 'Enroll the organization of a profile in the Microsoft Partner Network'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show the account: MPN ID, vetting, membership'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "verify" -d 'Confirm the verification code the primary contact received'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "update" -d 'Replace the legal business profile from a location-format profile'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "profile" -d 'Show one of the Partner Center profiles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "locations" -d 'Locations (subsidiaries) of the global account'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "list" -d 'List the mails sent, with their verification codes'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from membership" -f -a "show" -d 'Show status, anniversary, renewal window and programmes'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from membership" -f -a "renew" -d 'Renew for a year, to the same anniversary (from the anniversary, for 30 days)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from membership" -f -a "rejoin" -d 'Buy the membership again after it lapsed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from membership" -f -a "upgrade" -d 'Buy Action Pack or a Silver or Gold competency'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "list" -d 'List the offers with their prices'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "show" -d 'Show one offer and the benefits it grants'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "list" -d 'List the account\'s orders'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "pay" -d 'Record the payment of an invoice order'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "refund" -d 'Refund an order (within 30 days, if no benefit was used)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from benefits" -f -a "list" -d 'List the benefits of the account'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from benefits" -f -a "activate" -d 'Activate a benefit (Global admin or MPN partner admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from benefits" -f -a "assign" -d 'Assign a seat to a user (Global admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from benefits" -f -a "keys" -d 'Show the product keys of a benefit (viewing them blocks a refund)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from benefits" -f -a "redeem" -d 'Mark a product key as redeemed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "add" -d 'Add a user, or every user of a file; temporary passwords are shown once'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List the users of the tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "remove" -d 'Remove a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "grant" -d 'Give a user a role'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "revoke" -d 'Take a role from a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "list" -d 'List the roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "members" -d 'List the members of a role'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "schema" -d 'Print the JSON Schema of a kind of profile, for editors'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "init" -d 'Print a commented template of a kind of profile'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "validate" -d 'Check profile files offline; every problem is reported as FILE:LINE:COLUMN (exit 2)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show every setting, its value and where it came from (default, file, env, flag)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a key in the config file'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key from the config file (any key, so a misspelt one can go too)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from backend" -f -a "capabilities" -d 'List every command and the backend kinds (embedded, http, partner-center) that do it'
