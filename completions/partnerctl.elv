
use builtin;
use str;

set edit:completion:arg-completer[partnerctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'partnerctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'partnerctl'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand tenant 'Create a tenant (directory) and manage its domains'
            cand login 'Sign in as a user of a tenant'
            cand logout 'Sign out and forget the stored session'
            cand whoami 'Show the signed-in user, tenant and roles'
            cand auth 'Credentials: where the session lives and when it expires'
            cand account 'Enroll and manage the partner account'
            cand outbox 'Read the mails the backend sent (verification codes)'
            cand membership 'Show, renew and upgrade the membership'
            cand offers 'The offer catalog'
            cand orders 'Orders: list, pay invoices, refund'
            cand benefits 'Benefits of the membership: activate, assign seats, product keys'
            cand users 'Users of the partner tenant and their roles'
            cand roles 'Roles and their members'
            cand profile 'Profile files: JSON Schema, templates, offline validation'
            cand config 'Show and change settings (config file, environment, flags)'
            cand enroll 'Enroll an organization and all its subsidiaries from one file, like `kubectl apply`'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages: one per command with --dir, else the top one on stdout'
            cand serve 'Serve the backend over HTTP, in Partner Center''s conventions'
            cand backend 'What each kind of backend can do'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenant'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a tenant; prints its Global admin and temporary password (shown once)'
            cand show 'Show the signed-in tenant'
            cand domains 'Manage the tenant''s custom domains'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenant;create'= {
            cand --domain-prefix 'The tenant''s default domain is PREFIX.onmicrosoft.com (2-27 lowercase letters, digits)'
            cand --domain 'A custom domain the organization owns (repeatable)'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --password-stdin 'Choose the Global admin''s password (the first line of stdin) instead of getting a temporary one to change at the first sign-in'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;tenant;show'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;tenant;domains'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a custom domain to the signed-in tenant; it answers the TXT record that verifies it'
            cand verify 'Look up a domain''s TXT record in DNS, and mark the domain verified when it is there'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenant;domains;add'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;tenant;domains;verify'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;tenant;domains;help'= {
            cand add 'Add a custom domain to the signed-in tenant; it answers the TXT record that verifies it'
            cand verify 'Look up a domain''s TXT record in DNS, and mark the domain verified when it is there'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenant;domains;help;add'= {
        }
        &'partnerctl;tenant;domains;help;verify'= {
        }
        &'partnerctl;tenant;domains;help;help'= {
        }
        &'partnerctl;tenant;help'= {
            cand create 'Create a tenant; prints its Global admin and temporary password (shown once)'
            cand show 'Show the signed-in tenant'
            cand domains 'Manage the tenant''s custom domains'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenant;help;create'= {
        }
        &'partnerctl;tenant;help;show'= {
        }
        &'partnerctl;tenant;help;domains'= {
            cand add 'Add a custom domain to the signed-in tenant; it answers the TXT record that verifies it'
            cand verify 'Look up a domain''s TXT record in DNS, and mark the domain verified when it is there'
        }
        &'partnerctl;tenant;help;domains;add'= {
        }
        &'partnerctl;tenant;help;domains;verify'= {
        }
        &'partnerctl;tenant;help;help'= {
        }
        &'partnerctl;login'= {
            cand -u 'The user''s userPrincipalName'
            cand --username 'The user''s userPrincipalName'
            cand --client-id 'Partner Center: the application (client) id [env: PARTNERCTL_CLIENT_ID]; alone, it signs in with client credentials, or exchanges a refresh token (Secure Application Model)'
            cand --tenant 'Partner Center: the tenant (id or domain) to sign in at [env: PARTNERCTL_TENANT] [default: organizations]'
            cand --client-secret-file 'Partner Center: read the client secret from the first line of this file [env: PARTNERCTL_CLIENT_SECRET]'
            cand --certificate-file 'Partner Center: sign in with a client assertion signed by the key of this certificate (one PEM file: PKCS#8 RSA private key and certificate) [env: PARTNERCTL_CLIENT_CERTIFICATE]'
            cand --refresh-token-file 'Partner Center: read the refresh token to exchange from the first line of this file [env: PARTNERCTL_REFRESH_TOKEN]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --new-password-stdin 'When the password is temporary and must change at this first sign-in, read the new one from stdin (its second line with --password-stdin, else its first); on a terminal, partnerctl asks for it instead'
            cand --device-code 'Partner Center: sign in in a browser with a code (OAuth 2.0 device authorization)'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;logout'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;whoami'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;auth'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand status 'Where the credential lives (keyring, file, token file, environment) and when it expires; never the secret. Exits 4 when there is no usable credential'
            cand token 'Print the current access token (refreshed when expired) on stdout, for scripts that call the API directly'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;auth;status'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;auth;token'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;auth;help'= {
            cand status 'Where the credential lives (keyring, file, token file, environment) and when it expires; never the secret. Exits 4 when there is no usable credential'
            cand token 'Print the current access token (refreshed when expired) on stdout, for scripts that call the API directly'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;auth;help;status'= {
        }
        &'partnerctl;auth;help;token'= {
        }
        &'partnerctl;auth;help;help'= {
        }
        &'partnerctl;account'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Enroll the organization of a profile in the Microsoft Partner Network'
            cand show 'Show the account: MPN ID, vetting, membership'
            cand verify 'Confirm the verification code the primary contact received'
            cand update 'Replace the legal business profile from a location-format profile'
            cand profile 'Show one of the Partner Center profiles'
            cand locations 'Locations (subsidiaries) of the global account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;account;create'= {
            cand -f 'The organization profile (YAML)'
            cand --file 'The organization profile (YAML)'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --accept-agreement 'Accept the Microsoft Partner Network agreement on the organization''s behalf'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;account;show'= {
            cand --mpn-id 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;account;verify'= {
            cand --code 'The code from the verification mail (visible to other local users while the command runs; --code-stdin is not)'
            cand --mpn-id 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --code-stdin 'Read the code from the first line of stdin'
            cand --resend 'Send a new code to the primary contact'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;account;update'= {
            cand -f 'A location-format profile (legalBusinessProfile)'
            cand --file 'A location-format profile (legalBusinessProfile)'
            cand --mpn-id 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]'
            cand --if-match 'Change the profile only if it is still at this etag (`attributes.etag` of `account profile legal`) [default: the etag read just before the change, with Partner Center]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;account;profile'= {
            cand --mpn-id 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;account;locations'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a location with its own legal business profile and MPN ID'
            cand list 'List the locations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;account;locations;add'= {
            cand -f 'The location profile (YAML)'
            cand --file 'The location profile (YAML)'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;account;locations;list'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;account;locations;help'= {
            cand add 'Add a location with its own legal business profile and MPN ID'
            cand list 'List the locations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;account;locations;help;add'= {
        }
        &'partnerctl;account;locations;help;list'= {
        }
        &'partnerctl;account;locations;help;help'= {
        }
        &'partnerctl;account;help'= {
            cand create 'Enroll the organization of a profile in the Microsoft Partner Network'
            cand show 'Show the account: MPN ID, vetting, membership'
            cand verify 'Confirm the verification code the primary contact received'
            cand update 'Replace the legal business profile from a location-format profile'
            cand profile 'Show one of the Partner Center profiles'
            cand locations 'Locations (subsidiaries) of the global account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;account;help;create'= {
        }
        &'partnerctl;account;help;show'= {
        }
        &'partnerctl;account;help;verify'= {
        }
        &'partnerctl;account;help;update'= {
        }
        &'partnerctl;account;help;profile'= {
        }
        &'partnerctl;account;help;locations'= {
            cand add 'Add a location with its own legal business profile and MPN ID'
            cand list 'List the locations'
        }
        &'partnerctl;account;help;locations;add'= {
        }
        &'partnerctl;account;help;locations;list'= {
        }
        &'partnerctl;account;help;help'= {
        }
        &'partnerctl;outbox'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the mails sent, with their verification codes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;outbox;list'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;outbox;help'= {
            cand list 'List the mails sent, with their verification codes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;outbox;help;list'= {
        }
        &'partnerctl;outbox;help;help'= {
        }
        &'partnerctl;membership'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'Show status, anniversary, renewal window and programmes'
            cand renew 'Renew for a year, to the same anniversary (from the anniversary, for 30 days)'
            cand rejoin 'Buy the membership again after it lapsed'
            cand upgrade 'Buy Action Pack or a Silver or Gold competency'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;membership;show'= {
            cand --mpn-id 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;membership;renew'= {
            cand --payment 'How to pay [default: card]'
            cand --mpn-id 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;membership;rejoin'= {
            cand --mpn-id 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;membership;upgrade'= {
            cand --to 'What to buy'
            cand --area 'Competency area'
            cand --level 'Competency level'
            cand --payment 'How to pay [default: card]'
            cand --attested-by 'Who attests that the competency''s requirements are met [default: you]'
            cand --mpn-id 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;membership;help'= {
            cand show 'Show status, anniversary, renewal window and programmes'
            cand renew 'Renew for a year, to the same anniversary (from the anniversary, for 30 days)'
            cand rejoin 'Buy the membership again after it lapsed'
            cand upgrade 'Buy Action Pack or a Silver or Gold competency'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;membership;help;show'= {
        }
        &'partnerctl;membership;help;renew'= {
        }
        &'partnerctl;membership;help;rejoin'= {
        }
        &'partnerctl;membership;help;upgrade'= {
        }
        &'partnerctl;membership;help;help'= {
        }
        &'partnerctl;offers'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the offers with their prices'
            cand show 'Show one offer and the benefits it grants'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;offers;list'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;offers;show'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;offers;help'= {
            cand list 'List the offers with their prices'
            cand show 'Show one offer and the benefits it grants'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;offers;help;list'= {
        }
        &'partnerctl;offers;help;show'= {
        }
        &'partnerctl;offers;help;help'= {
        }
        &'partnerctl;orders'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the account''s orders'
            cand pay 'Record the payment of an invoice order'
            cand refund 'Refund an order (within 30 days, if no benefit was used)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;orders;list'= {
            cand --mpn-id 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;orders;pay'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;orders;refund'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;orders;help'= {
            cand list 'List the account''s orders'
            cand pay 'Record the payment of an invoice order'
            cand refund 'Refund an order (within 30 days, if no benefit was used)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;orders;help;list'= {
        }
        &'partnerctl;orders;help;pay'= {
        }
        &'partnerctl;orders;help;refund'= {
        }
        &'partnerctl;orders;help;help'= {
        }
        &'partnerctl;benefits'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the benefits of the account'
            cand activate 'Activate a benefit (Global admin or MPN partner admin)'
            cand assign 'Assign a seat to a user (Global admin)'
            cand keys 'Show the product keys of a benefit (viewing them blocks a refund)'
            cand redeem 'Mark a product key as redeemed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;benefits;list'= {
            cand --mpn-id 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;benefits;activate'= {
            cand --kind 'With --all: only benefits of this kind (repeat for more) [default: every kind]'
            cand --mpn-id 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --all 'Activate every available benefit of the account (of the kinds --kind names), in one change; those already active are left as they are'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;benefits;assign'= {
            cand --user 'The user who gets the seat'
            cand --replace 'Move the seat from this user (90 days after it was assigned)'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;benefits;keys'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;benefits;redeem'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;benefits;help'= {
            cand list 'List the benefits of the account'
            cand activate 'Activate a benefit (Global admin or MPN partner admin)'
            cand assign 'Assign a seat to a user (Global admin)'
            cand keys 'Show the product keys of a benefit (viewing them blocks a refund)'
            cand redeem 'Mark a product key as redeemed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;benefits;help;list'= {
        }
        &'partnerctl;benefits;help;activate'= {
        }
        &'partnerctl;benefits;help;assign'= {
        }
        &'partnerctl;benefits;help;keys'= {
        }
        &'partnerctl;benefits;help;redeem'= {
        }
        &'partnerctl;benefits;help;help'= {
        }
        &'partnerctl;users'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a user, or every user of a file; temporary passwords are shown once'
            cand list 'List the users of the tenant'
            cand remove 'Remove a user'
            cand grant 'Give a user a role'
            cand revoke 'Take a role from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;users;add'= {
            cand -f 'A users file (YAML): every entry is checked before the first is added'
            cand --file 'A users file (YAML): every entry is checked before the first is added'
            cand --email 'The user''s (work) email address'
            cand --first-name 'Given name'
            cand --last-name 'Family name'
            cand --role 'A role to give (repeatable)'
            cand --upn 'userPrincipalName [default: local part of the email @ the tenant''s default domain]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --guest 'A guest from another tenant (MPN partner admin, Business profile admin, Referral admin)'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;users;list'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;users;remove'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;users;grant'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;users;revoke'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;users;help'= {
            cand add 'Add a user, or every user of a file; temporary passwords are shown once'
            cand list 'List the users of the tenant'
            cand remove 'Remove a user'
            cand grant 'Give a user a role'
            cand revoke 'Take a role from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;users;help;add'= {
        }
        &'partnerctl;users;help;list'= {
        }
        &'partnerctl;users;help;remove'= {
        }
        &'partnerctl;users;help;grant'= {
        }
        &'partnerctl;users;help;revoke'= {
        }
        &'partnerctl;users;help;help'= {
        }
        &'partnerctl;roles'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the roles'
            cand members 'List the members of a role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;roles;list'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;roles;members'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;roles;help'= {
            cand list 'List the roles'
            cand members 'List the members of a role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;roles;help;list'= {
        }
        &'partnerctl;roles;help;members'= {
        }
        &'partnerctl;roles;help;help'= {
        }
        &'partnerctl;profile'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand schema 'Print the JSON Schema of a kind of profile, for editors'
            cand init 'Print a commented template of a kind of profile'
            cand validate 'Check profile files offline; every problem is reported as FILE:LINE:COLUMN (exit 2)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;profile;schema'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;profile;init'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;profile;validate'= {
            cand --kind 'Check every file as this kind'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;profile;help'= {
            cand schema 'Print the JSON Schema of a kind of profile, for editors'
            cand init 'Print a commented template of a kind of profile'
            cand validate 'Check profile files offline; every problem is reported as FILE:LINE:COLUMN (exit 2)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;profile;help;schema'= {
        }
        &'partnerctl;profile;help;init'= {
        }
        &'partnerctl;profile;help;validate'= {
        }
        &'partnerctl;profile;help;help'= {
        }
        &'partnerctl;config'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'Show every setting, its value and where it came from (default, file, env, flag)'
            cand set 'Set a key in the config file'
            cand unset 'Remove a key from the config file (any key, so a misspelt one can go too)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;config;show'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;config;set'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;config;unset'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;config;help'= {
            cand show 'Show every setting, its value and where it came from (default, file, env, flag)'
            cand set 'Set a key in the config file'
            cand unset 'Remove a key from the config file (any key, so a misspelt one can go too)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;config;help;show'= {
        }
        &'partnerctl;config;help;set'= {
        }
        &'partnerctl;config;help;unset'= {
        }
        &'partnerctl;config;help;help'= {
        }
        &'partnerctl;enroll'= {
            cand -f 'The enrollment file, or a directory of profiles'
            cand --file 'The enrollment file, or a directory of profiles'
            cand --concurrency 'Subsidiaries in flight at once; fewer while the backend throttles'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --fail-fast 'Stop at the first failed subsidiary (those in flight finish)'
            cand --resume 'Skip the subsidiaries an earlier run of this file finished (its journal says which)'
            cand --accept-agreement 'Accept the Microsoft Partner Network agreement on the parent organization''s behalf'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;completions'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;man'= {
            cand --dir 'Write every page (partnerctl.1, partnerctl-account-create.1, ...) into this directory'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;serve'= {
            cand --listen 'The address to listen on (port 0: any free port); a socket passed by systemd (LISTEN_FDS) is served instead'
            cand --rate-limit 'Throttle each tenant to N requests a second (429 with Retry-After) [default: off]'
            cand --now 'The server''s clock, RFC 3339 (as PARTNERCTL_NOW): rehearse renewals'
            cand --max-connections 'The most connections open at once; more wait until one closes'
            cand --request-timeout 'How long a request may take, from its head to its answer (a body sent slowly included); past it the answer is 408'
            cand --public-url 'The URL clients reach this server at (behind a proxy: the proxy''s): the audience of client assertions, the device-code page''s address and the base of the confirmation links in mail [default: http:// and the address listened on]'
            cand --app 'Register an application for client credentials, acting as the user UPN; its secret is PARTNERCTL_SERVE_CLIENT_SECRET (repeatable)'
            cand --app-certificate 'Let the application CLIENT_ID sign in with client assertions signed by the key of this certificate (PEM) instead of a secret (repeatable)'
            cand --device-code-lifetime 'How long device codes wait for approval, in seconds of the server''s clock: rehearse an expired code [default: 900]'
            cand --inject-faults 'For testing clients only: fail a share of requests on purpose (500, 503, a connection reset after the commit, slow answers, 429 bursts), e.g. share=0.2,kinds=500+503+reset+slow+429,seed=7 [default: off]'
            cand --database 'Serve a PostgreSQL database instead of the data dir''s SQLite file: postgres://USER@HOST[:PORT]/DATABASE, without the password (PARTNERCTL_DATABASE_URL); on the database''s own machine, its Unix socket''s directory as the host: postgres://USER@%2Fvar%2Frun%2Fpostgresql/DATABASE'
            cand --database-password-file 'A file whose first line is the database''s password (else PARTNERCTL_DATABASE_PASSWORD or PGPASSWORD)'
            cand --database-pool 'Database connections this instance keeps at most for reads, and as many again for changes [default: twice this machine''s cores]'
            cand --key-file 'A file of 32 or more random bytes that seals mail and stored answers; every instance on one database must be given the same (PARTNERCTL_KEY_FILE; required with --database)'
            cand --max-in-flight 'Requests handled at once; past that the answer is 503 with Retry-After'
            cand --smtp-url 'Deliver mail through this SMTP server: smtp://[USER@]HOST:PORT (no TLS: a local MTA), smtp://...?tls=required (STARTTLS) or smtps://... (TLS); the password never in the URL [default: mail stays in the outbox]'
            cand --mail-from 'The sender of mail, `partners@contoso.com` or `Contoso Partners <partners@contoso.com>` (required with --smtp-url)'
            cand --smtp-password-file 'A file whose first line is the SMTP password of --smtp-url''s user (else PARTNERCTL_SMTP_PASSWORD)'
            cand --mail-give-up 'Give up on a mail not delivered this long after it was written (it is then `failed`), e.g. 1h, 30m, 90s [default: 1h]'
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --print-openapi 'Print the OpenAPI document and exit'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;backend'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand capabilities 'List every command and the backend kinds (embedded, http, partner-center) that do it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;backend;capabilities'= {
            cand --data-dir 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]'
            cand -o 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --output 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]'
            cand --json 'Print only these fields of the JSON output, comma-separated; alone, list the fields'
            cand --jq 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)'
            cand --color 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]'
            cand --token-file 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]'
            cand --backend 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir'
            cand --sandbox 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]'
            cand --dry-run 'Show what a command would do; nothing is written'
            cand -q 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand --quiet 'No notes on stderr; twice (-qq), no warnings either (errors still show)'
            cand -v 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --verbose 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers'
            cand --yes 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)'
            cand --no-input 'Never prompt; fail, naming the flag to pass, when input would be needed'
            cand --insecure-http 'Allow a plain http:// backend URL to a host other than this machine'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'partnerctl;backend;help'= {
            cand capabilities 'List every command and the backend kinds (embedded, http, partner-center) that do it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;backend;help;capabilities'= {
        }
        &'partnerctl;backend;help;help'= {
        }
        &'partnerctl;help'= {
            cand tenant 'Create a tenant (directory) and manage its domains'
            cand login 'Sign in as a user of a tenant'
            cand logout 'Sign out and forget the stored session'
            cand whoami 'Show the signed-in user, tenant and roles'
            cand auth 'Credentials: where the session lives and when it expires'
            cand account 'Enroll and manage the partner account'
            cand outbox 'Read the mails the backend sent (verification codes)'
            cand membership 'Show, renew and upgrade the membership'
            cand offers 'The offer catalog'
            cand orders 'Orders: list, pay invoices, refund'
            cand benefits 'Benefits of the membership: activate, assign seats, product keys'
            cand users 'Users of the partner tenant and their roles'
            cand roles 'Roles and their members'
            cand profile 'Profile files: JSON Schema, templates, offline validation'
            cand config 'Show and change settings (config file, environment, flags)'
            cand enroll 'Enroll an organization and all its subsidiaries from one file, like `kubectl apply`'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages: one per command with --dir, else the top one on stdout'
            cand serve 'Serve the backend over HTTP, in Partner Center''s conventions'
            cand backend 'What each kind of backend can do'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;help;tenant'= {
            cand create 'Create a tenant; prints its Global admin and temporary password (shown once)'
            cand show 'Show the signed-in tenant'
            cand domains 'Manage the tenant''s custom domains'
        }
        &'partnerctl;help;tenant;create'= {
        }
        &'partnerctl;help;tenant;show'= {
        }
        &'partnerctl;help;tenant;domains'= {
            cand add 'Add a custom domain to the signed-in tenant; it answers the TXT record that verifies it'
            cand verify 'Look up a domain''s TXT record in DNS, and mark the domain verified when it is there'
        }
        &'partnerctl;help;tenant;domains;add'= {
        }
        &'partnerctl;help;tenant;domains;verify'= {
        }
        &'partnerctl;help;login'= {
        }
        &'partnerctl;help;logout'= {
        }
        &'partnerctl;help;whoami'= {
        }
        &'partnerctl;help;auth'= {
            cand status 'Where the credential lives (keyring, file, token file, environment) and when it expires; never the secret. Exits 4 when there is no usable credential'
            cand token 'Print the current access token (refreshed when expired) on stdout, for scripts that call the API directly'
        }
        &'partnerctl;help;auth;status'= {
        }
        &'partnerctl;help;auth;token'= {
        }
        &'partnerctl;help;account'= {
            cand create 'Enroll the organization of a profile in the Microsoft Partner Network'
            cand show 'Show the account: MPN ID, vetting, membership'
            cand verify 'Confirm the verification code the primary contact received'
            cand update 'Replace the legal business profile from a location-format profile'
            cand profile 'Show one of the Partner Center profiles'
            cand locations 'Locations (subsidiaries) of the global account'
        }
        &'partnerctl;help;account;create'= {
        }
        &'partnerctl;help;account;show'= {
        }
        &'partnerctl;help;account;verify'= {
        }
        &'partnerctl;help;account;update'= {
        }
        &'partnerctl;help;account;profile'= {
        }
        &'partnerctl;help;account;locations'= {
            cand add 'Add a location with its own legal business profile and MPN ID'
            cand list 'List the locations'
        }
        &'partnerctl;help;account;locations;add'= {
        }
        &'partnerctl;help;account;locations;list'= {
        }
        &'partnerctl;help;outbox'= {
            cand list 'List the mails sent, with their verification codes'
        }
        &'partnerctl;help;outbox;list'= {
        }
        &'partnerctl;help;membership'= {
            cand show 'Show status, anniversary, renewal window and programmes'
            cand renew 'Renew for a year, to the same anniversary (from the anniversary, for 30 days)'
            cand rejoin 'Buy the membership again after it lapsed'
            cand upgrade 'Buy Action Pack or a Silver or Gold competency'
        }
        &'partnerctl;help;membership;show'= {
        }
        &'partnerctl;help;membership;renew'= {
        }
        &'partnerctl;help;membership;rejoin'= {
        }
        &'partnerctl;help;membership;upgrade'= {
        }
        &'partnerctl;help;offers'= {
            cand list 'List the offers with their prices'
            cand show 'Show one offer and the benefits it grants'
        }
        &'partnerctl;help;offers;list'= {
        }
        &'partnerctl;help;offers;show'= {
        }
        &'partnerctl;help;orders'= {
            cand list 'List the account''s orders'
            cand pay 'Record the payment of an invoice order'
            cand refund 'Refund an order (within 30 days, if no benefit was used)'
        }
        &'partnerctl;help;orders;list'= {
        }
        &'partnerctl;help;orders;pay'= {
        }
        &'partnerctl;help;orders;refund'= {
        }
        &'partnerctl;help;benefits'= {
            cand list 'List the benefits of the account'
            cand activate 'Activate a benefit (Global admin or MPN partner admin)'
            cand assign 'Assign a seat to a user (Global admin)'
            cand keys 'Show the product keys of a benefit (viewing them blocks a refund)'
            cand redeem 'Mark a product key as redeemed'
        }
        &'partnerctl;help;benefits;list'= {
        }
        &'partnerctl;help;benefits;activate'= {
        }
        &'partnerctl;help;benefits;assign'= {
        }
        &'partnerctl;help;benefits;keys'= {
        }
        &'partnerctl;help;benefits;redeem'= {
        }
        &'partnerctl;help;users'= {
            cand add 'Add a user, or every user of a file; temporary passwords are shown once'
            cand list 'List the users of the tenant'
            cand remove 'Remove a user'
            cand grant 'Give a user a role'
            cand revoke 'Take a role from a user'
        }
        &'partnerctl;help;users;add'= {
        }
        &'partnerctl;help;users;list'= {
        }
        &'partnerctl;help;users;remove'= {
        }
        &'partnerctl;help;users;grant'= {
        }
        &'partnerctl;help;users;revoke'= {
        }
        &'partnerctl;help;roles'= {
            cand list 'List the roles'
            cand members 'List the members of a role'
        }
        &'partnerctl;help;roles;list'= {
        }
        &'partnerctl;help;roles;members'= {
        }
        &'partnerctl;help;profile'= {
            cand schema 'Print the JSON Schema of a kind of profile, for editors'
            cand init 'Print a commented template of a kind of profile'
            cand validate 'Check profile files offline; every problem is reported as FILE:LINE:COLUMN (exit 2)'
        }
        &'partnerctl;help;profile;schema'= {
        }
        &'partnerctl;help;profile;init'= {
        }
        &'partnerctl;help;profile;validate'= {
        }
        &'partnerctl;help;config'= {
            cand show 'Show every setting, its value and where it came from (default, file, env, flag)'
            cand set 'Set a key in the config file'
            cand unset 'Remove a key from the config file (any key, so a misspelt one can go too)'
        }
        &'partnerctl;help;config;show'= {
        }
        &'partnerctl;help;config;set'= {
        }
        &'partnerctl;help;config;unset'= {
        }
        &'partnerctl;help;enroll'= {
        }
        &'partnerctl;help;completions'= {
        }
        &'partnerctl;help;man'= {
        }
        &'partnerctl;help;serve'= {
        }
        &'partnerctl;help;backend'= {
            cand capabilities 'List every command and the backend kinds (embedded, http, partner-center) that do it'
        }
        &'partnerctl;help;backend;capabilities'= {
        }
        &'partnerctl;help;help'= {
        }
    ]
    $completions[$command]
}
