
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'partnerctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'partnerctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'partnerctl' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Create a tenant (directory) and manage its domains')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in as a user of a tenant')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out and forget the stored session')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the signed-in user, tenant and roles')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials: where the session lives and when it expires')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Enroll and manage the partner account')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'Read the mails the backend sent (verification codes)')
            [CompletionResult]::new('membership', 'membership', [CompletionResultType]::ParameterValue, 'Show, renew and upgrade the membership')
            [CompletionResult]::new('offers', 'offers', [CompletionResultType]::ParameterValue, 'The offer catalog')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'Orders: list, pay invoices, refund')
            [CompletionResult]::new('benefits', 'benefits', [CompletionResultType]::ParameterValue, 'Benefits of the membership: activate, assign seats, product keys')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users of the partner tenant and their roles')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Roles and their members')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Profile files: JSON Schema, templates, offline validation')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change settings (config file, environment, flags)')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enroll an organization and all its subsidiaries from one file, like `kubectl apply`')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages: one per command with --dir, else the top one on stdout')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the backend over HTTP, in Partner Center''s conventions')
            [CompletionResult]::new('backend', 'backend', [CompletionResultType]::ParameterValue, 'What each kind of backend can do')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;tenant' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant; prints its Global admin and temporary password (shown once)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the signed-in tenant')
            [CompletionResult]::new('domains', 'domains', [CompletionResultType]::ParameterValue, 'Manage the tenant''s custom domains')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;tenant;create' {
            [CompletionResult]::new('--domain-prefix', '--domain-prefix', [CompletionResultType]::ParameterName, 'The tenant''s default domain is PREFIX.onmicrosoft.com (2-27 lowercase letters, digits)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'A custom domain the organization owns (repeatable)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Choose the Global admin''s password (the first line of stdin) instead of getting a temporary one to change at the first sign-in')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;tenant;show' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;tenant;domains' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a custom domain to the signed-in tenant; it answers the TXT record that verifies it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Look up a domain''s TXT record in DNS, and mark the domain verified when it is there')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;tenant;domains;add' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;tenant;domains;verify' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;tenant;domains;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a custom domain to the signed-in tenant; it answers the TXT record that verifies it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Look up a domain''s TXT record in DNS, and mark the domain verified when it is there')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;tenant;domains;help;add' {
            break
        }
        'partnerctl;tenant;domains;help;verify' {
            break
        }
        'partnerctl;tenant;domains;help;help' {
            break
        }
        'partnerctl;tenant;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant; prints its Global admin and temporary password (shown once)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the signed-in tenant')
            [CompletionResult]::new('domains', 'domains', [CompletionResultType]::ParameterValue, 'Manage the tenant''s custom domains')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;tenant;help;create' {
            break
        }
        'partnerctl;tenant;help;show' {
            break
        }
        'partnerctl;tenant;help;domains' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a custom domain to the signed-in tenant; it answers the TXT record that verifies it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Look up a domain''s TXT record in DNS, and mark the domain verified when it is there')
            break
        }
        'partnerctl;tenant;help;domains;add' {
            break
        }
        'partnerctl;tenant;help;domains;verify' {
            break
        }
        'partnerctl;tenant;help;help' {
            break
        }
        'partnerctl;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'The user''s userPrincipalName')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The user''s userPrincipalName')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Partner Center: the application (client) id [env: PARTNERCTL_CLIENT_ID]; alone, it signs in with client credentials, or exchanges a refresh token (Secure Application Model)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Partner Center: the tenant (id or domain) to sign in at [env: PARTNERCTL_TENANT] [default: organizations]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Partner Center: read the client secret from the first line of this file [env: PARTNERCTL_CLIENT_SECRET]')
            [CompletionResult]::new('--certificate-file', '--certificate-file', [CompletionResultType]::ParameterName, 'Partner Center: sign in with a client assertion signed by the key of this certificate (one PEM file: PKCS#8 RSA private key and certificate) [env: PARTNERCTL_CLIENT_CERTIFICATE]')
            [CompletionResult]::new('--refresh-token-file', '--refresh-token-file', [CompletionResultType]::ParameterName, 'Partner Center: read the refresh token to exchange from the first line of this file [env: PARTNERCTL_REFRESH_TOKEN]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--new-password-stdin', '--new-password-stdin', [CompletionResultType]::ParameterName, 'When the password is temporary and must change at this first sign-in, read the new one from stdin (its second line with --password-stdin, else its first); on a terminal, partnerctl asks for it instead')
            [CompletionResult]::new('--device-code', '--device-code', [CompletionResultType]::ParameterName, 'Partner Center: sign in in a browser with a code (OAuth 2.0 device authorization)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;logout' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;whoami' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;auth' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the credential lives (keyring, file, token file, environment) and when it expires; never the secret. Exits 4 when there is no usable credential')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the current access token (refreshed when expired) on stdout, for scripts that call the API directly')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;auth;status' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;auth;token' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the credential lives (keyring, file, token file, environment) and when it expires; never the secret. Exits 4 when there is no usable credential')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the current access token (refreshed when expired) on stdout, for scripts that call the API directly')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;auth;help;status' {
            break
        }
        'partnerctl;auth;help;token' {
            break
        }
        'partnerctl;auth;help;help' {
            break
        }
        'partnerctl;account' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Enroll the organization of a profile in the Microsoft Partner Network')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the account: MPN ID, vetting, membership')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Confirm the verification code the primary contact received')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace the legal business profile from a location-format profile')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Show one of the Partner Center profiles')
            [CompletionResult]::new('locations', 'locations', [CompletionResultType]::ParameterValue, 'Locations (subsidiaries) of the global account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;account;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The organization profile (YAML)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The organization profile (YAML)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--accept-agreement', '--accept-agreement', [CompletionResultType]::ParameterName, 'Accept the Microsoft Partner Network agreement on the organization''s behalf')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;account;show' {
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;account;verify' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The code from the verification mail (visible to other local users while the command runs; --code-stdin is not)')
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--code-stdin', '--code-stdin', [CompletionResultType]::ParameterName, 'Read the code from the first line of stdin')
            [CompletionResult]::new('--resend', '--resend', [CompletionResultType]::ParameterName, 'Send a new code to the primary contact')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;account;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A location-format profile (legalBusinessProfile)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A location-format profile (legalBusinessProfile)')
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]')
            [CompletionResult]::new('--if-match', '--if-match', [CompletionResultType]::ParameterName, 'Change the profile only if it is still at this etag (`attributes.etag` of `account profile legal`) [default: the etag read just before the change, with Partner Center]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;account;profile' {
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;account;locations' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a location with its own legal business profile and MPN ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the locations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;account;locations;add' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The location profile (YAML)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The location profile (YAML)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;account;locations;list' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;account;locations;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a location with its own legal business profile and MPN ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the locations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;account;locations;help;add' {
            break
        }
        'partnerctl;account;locations;help;list' {
            break
        }
        'partnerctl;account;locations;help;help' {
            break
        }
        'partnerctl;account;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Enroll the organization of a profile in the Microsoft Partner Network')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the account: MPN ID, vetting, membership')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Confirm the verification code the primary contact received')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace the legal business profile from a location-format profile')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Show one of the Partner Center profiles')
            [CompletionResult]::new('locations', 'locations', [CompletionResultType]::ParameterValue, 'Locations (subsidiaries) of the global account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;account;help;create' {
            break
        }
        'partnerctl;account;help;show' {
            break
        }
        'partnerctl;account;help;verify' {
            break
        }
        'partnerctl;account;help;update' {
            break
        }
        'partnerctl;account;help;profile' {
            break
        }
        'partnerctl;account;help;locations' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a location with its own legal business profile and MPN ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the locations')
            break
        }
        'partnerctl;account;help;locations;add' {
            break
        }
        'partnerctl;account;help;locations;list' {
            break
        }
        'partnerctl;account;help;help' {
            break
        }
        'partnerctl;outbox' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mails sent, with their verification codes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;outbox;list' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;outbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mails sent, with their verification codes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;outbox;help;list' {
            break
        }
        'partnerctl;outbox;help;help' {
            break
        }
        'partnerctl;membership' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show status, anniversary, renewal window and programmes')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Renew for a year, to the same anniversary (from the anniversary, for 30 days)')
            [CompletionResult]::new('rejoin', 'rejoin', [CompletionResultType]::ParameterValue, 'Buy the membership again after it lapsed')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Buy Action Pack or a Silver or Gold competency')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;membership;show' {
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;membership;renew' {
            [CompletionResult]::new('--payment', '--payment', [CompletionResultType]::ParameterName, 'How to pay [default: card]')
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;membership;rejoin' {
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;membership;upgrade' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'What to buy')
            [CompletionResult]::new('--area', '--area', [CompletionResultType]::ParameterName, 'Competency area')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Competency level')
            [CompletionResult]::new('--payment', '--payment', [CompletionResultType]::ParameterName, 'How to pay [default: card]')
            [CompletionResult]::new('--attested-by', '--attested-by', [CompletionResultType]::ParameterName, 'Who attests that the competency''s requirements are met [default: you]')
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;membership;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show status, anniversary, renewal window and programmes')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Renew for a year, to the same anniversary (from the anniversary, for 30 days)')
            [CompletionResult]::new('rejoin', 'rejoin', [CompletionResultType]::ParameterValue, 'Buy the membership again after it lapsed')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Buy Action Pack or a Silver or Gold competency')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;membership;help;show' {
            break
        }
        'partnerctl;membership;help;renew' {
            break
        }
        'partnerctl;membership;help;rejoin' {
            break
        }
        'partnerctl;membership;help;upgrade' {
            break
        }
        'partnerctl;membership;help;help' {
            break
        }
        'partnerctl;offers' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the offers with their prices')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one offer and the benefits it grants')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;offers;list' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;offers;show' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;offers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the offers with their prices')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one offer and the benefits it grants')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;offers;help;list' {
            break
        }
        'partnerctl;offers;help;show' {
            break
        }
        'partnerctl;offers;help;help' {
            break
        }
        'partnerctl;orders' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s orders')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record the payment of an invoice order')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Refund an order (within 30 days, if no benefit was used)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;orders;list' {
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;orders;pay' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;orders;refund' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;orders;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s orders')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record the payment of an invoice order')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Refund an order (within 30 days, if no benefit was used)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;orders;help;list' {
            break
        }
        'partnerctl;orders;help;pay' {
            break
        }
        'partnerctl;orders;help;refund' {
            break
        }
        'partnerctl;orders;help;help' {
            break
        }
        'partnerctl;benefits' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the benefits of the account')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a benefit (Global admin or MPN partner admin)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a seat to a user (Global admin)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Show the product keys of a benefit (viewing them blocks a refund)')
            [CompletionResult]::new('redeem', 'redeem', [CompletionResultType]::ParameterValue, 'Mark a product key as redeemed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;benefits;list' {
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;benefits;activate' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'With --all: only benefits of this kind (repeat for more) [default: every kind]')
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Act on the location with this MPN ID, or a unique prefix of it [default: the tenant''s global account]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Activate every available benefit of the account (of the kinds --kind names), in one change; those already active are left as they are')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;benefits;assign' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user who gets the seat')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Move the seat from this user (90 days after it was assigned)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;benefits;keys' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;benefits;redeem' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;benefits;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the benefits of the account')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a benefit (Global admin or MPN partner admin)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a seat to a user (Global admin)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Show the product keys of a benefit (viewing them blocks a refund)')
            [CompletionResult]::new('redeem', 'redeem', [CompletionResultType]::ParameterValue, 'Mark a product key as redeemed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;benefits;help;list' {
            break
        }
        'partnerctl;benefits;help;activate' {
            break
        }
        'partnerctl;benefits;help;assign' {
            break
        }
        'partnerctl;benefits;help;keys' {
            break
        }
        'partnerctl;benefits;help;redeem' {
            break
        }
        'partnerctl;benefits;help;help' {
            break
        }
        'partnerctl;users' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user, or every user of a file; temporary passwords are shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users of the tenant')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;users;add' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A users file (YAML): every entry is checked before the first is added')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A users file (YAML): every entry is checked before the first is added')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The user''s (work) email address')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'Given name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Family name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role to give (repeatable)')
            [CompletionResult]::new('--upn', '--upn', [CompletionResultType]::ParameterName, 'userPrincipalName [default: local part of the email @ the tenant''s default domain]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--guest', '--guest', [CompletionResultType]::ParameterName, 'A guest from another tenant (MPN partner admin, Business profile admin, Referral admin)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;users;list' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;users;remove' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;users;grant' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;users;revoke' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;users;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user, or every user of a file; temporary passwords are shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users of the tenant')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;users;help;add' {
            break
        }
        'partnerctl;users;help;list' {
            break
        }
        'partnerctl;users;help;remove' {
            break
        }
        'partnerctl;users;help;grant' {
            break
        }
        'partnerctl;users;help;revoke' {
            break
        }
        'partnerctl;users;help;help' {
            break
        }
        'partnerctl;roles' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List the members of a role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;roles;list' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;roles;members' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;roles;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List the members of a role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;roles;help;list' {
            break
        }
        'partnerctl;roles;help;members' {
            break
        }
        'partnerctl;roles;help;help' {
            break
        }
        'partnerctl;profile' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a kind of profile, for editors')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print a commented template of a kind of profile')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check profile files offline; every problem is reported as FILE:LINE:COLUMN (exit 2)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;profile;schema' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;profile;init' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;profile;validate' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Check every file as this kind')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;profile;help' {
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a kind of profile, for editors')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print a commented template of a kind of profile')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check profile files offline; every problem is reported as FILE:LINE:COLUMN (exit 2)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;profile;help;schema' {
            break
        }
        'partnerctl;profile;help;init' {
            break
        }
        'partnerctl;profile;help;validate' {
            break
        }
        'partnerctl;profile;help;help' {
            break
        }
        'partnerctl;config' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting, its value and where it came from (default, file, env, flag)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from the config file (any key, so a misspelt one can go too)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;config;show' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;config;set' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;config;unset' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting, its value and where it came from (default, file, env, flag)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from the config file (any key, so a misspelt one can go too)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;config;help;show' {
            break
        }
        'partnerctl;config;help;set' {
            break
        }
        'partnerctl;config;help;unset' {
            break
        }
        'partnerctl;config;help;help' {
            break
        }
        'partnerctl;enroll' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The enrollment file, or a directory of profiles')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The enrollment file, or a directory of profiles')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Subsidiaries in flight at once; fewer while the backend throttles')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'Stop at the first failed subsidiary (those in flight finish)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Skip the subsidiaries an earlier run of this file finished (its journal says which)')
            [CompletionResult]::new('--accept-agreement', '--accept-agreement', [CompletionResultType]::ParameterName, 'Accept the Microsoft Partner Network agreement on the parent organization''s behalf')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;completions' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write every page (partnerctl.1, partnerctl-account-create.1, ...) into this directory')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address to listen on (port 0: any free port); a socket passed by systemd (LISTEN_FDS) is served instead')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Throttle each tenant to N requests a second (429 with Retry-After) [default: off]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The server''s clock, RFC 3339 (as PARTNERCTL_NOW): rehearse renewals')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'The most connections open at once; more wait until one closes')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long a request may take, from its head to its answer (a body sent slowly included); past it the answer is 408')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The URL clients reach this server at (behind a proxy: the proxy''s): the audience of client assertions, the device-code page''s address and the base of the confirmation links in mail [default: http:// and the address listened on]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Register an application for client credentials, acting as the user UPN; its secret is PARTNERCTL_SERVE_CLIENT_SECRET (repeatable)')
            [CompletionResult]::new('--app-certificate', '--app-certificate', [CompletionResultType]::ParameterName, 'Let the application CLIENT_ID sign in with client assertions signed by the key of this certificate (PEM) instead of a secret (repeatable)')
            [CompletionResult]::new('--device-code-lifetime', '--device-code-lifetime', [CompletionResultType]::ParameterName, 'How long device codes wait for approval, in seconds of the server''s clock: rehearse an expired code [default: 900]')
            [CompletionResult]::new('--inject-faults', '--inject-faults', [CompletionResultType]::ParameterName, 'For testing clients only: fail a share of requests on purpose (500, 503, a connection reset after the commit, slow answers, 429 bursts), e.g. share=0.2,kinds=500+503+reset+slow+429,seed=7 [default: off]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Serve a PostgreSQL database instead of the data dir''s SQLite file: postgres://USER@HOST[:PORT]/DATABASE, without the password (PARTNERCTL_DATABASE_URL); on the database''s own machine, its Unix socket''s directory as the host: postgres://USER@%2Fvar%2Frun%2Fpostgresql/DATABASE')
            [CompletionResult]::new('--database-password-file', '--database-password-file', [CompletionResultType]::ParameterName, 'A file whose first line is the database''s password (else PARTNERCTL_DATABASE_PASSWORD or PGPASSWORD)')
            [CompletionResult]::new('--database-pool', '--database-pool', [CompletionResultType]::ParameterName, 'Database connections this instance keeps at most for reads, and as many again for changes [default: twice this machine''s cores]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'A file of 32 or more random bytes that seals mail and stored answers; every instance on one database must be given the same (PARTNERCTL_KEY_FILE; required with --database)')
            [CompletionResult]::new('--max-in-flight', '--max-in-flight', [CompletionResultType]::ParameterName, 'Requests handled at once; past that the answer is 503 with Retry-After')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'Deliver mail through this SMTP server: smtp://[USER@]HOST:PORT (no TLS: a local MTA), smtp://...?tls=required (STARTTLS) or smtps://... (TLS); the password never in the URL [default: mail stays in the outbox]')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'The sender of mail, `partners@contoso.com` or `Contoso Partners <partners@contoso.com>` (required with --smtp-url)')
            [CompletionResult]::new('--smtp-password-file', '--smtp-password-file', [CompletionResultType]::ParameterName, 'A file whose first line is the SMTP password of --smtp-url''s user (else PARTNERCTL_SMTP_PASSWORD)')
            [CompletionResult]::new('--mail-give-up', '--mail-give-up', [CompletionResultType]::ParameterName, 'Give up on a mail not delivered this long after it was written (it is then `failed`), e.g. 1h, 30m, 90s [default: 1h]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--print-openapi', '--print-openapi', [CompletionResultType]::ParameterName, 'Print the OpenAPI document and exit')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;backend' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('capabilities', 'capabilities', [CompletionResultType]::ParameterValue, 'List every command and the backend kinds (embedded, http, partner-center) that do it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;backend;capabilities' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [env: PARTNERCTL_DATA_DIR] [default: the user''s data dir + /partnerctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print only these fields of the JSON output, comma-separated; alone, list the fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. ''.[].mpnId'' (not with -o table, tsv or yaml)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the access token from the first line of this file instead of the stored session [env: PARTNERCTL_TOKEN_FILE]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real Partner Center, signed in through Azure AD), instead of the data dir')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Create the data dir as a sandbox: verification codes are confirmed automatically [env: PARTNERCTL_SANDBOX]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a command would do; nothing is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes on stderr; twice (-qq), no warnings either (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr, never secrets: -v what is talked to (a line per HTTP request), -vv settings'' origins and timings, -vvv HTTP headers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail, naming the flag to pass, when input would be needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// backend URL to a host other than this machine')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'partnerctl;backend;help' {
            [CompletionResult]::new('capabilities', 'capabilities', [CompletionResultType]::ParameterValue, 'List every command and the backend kinds (embedded, http, partner-center) that do it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;backend;help;capabilities' {
            break
        }
        'partnerctl;backend;help;help' {
            break
        }
        'partnerctl;help' {
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Create a tenant (directory) and manage its domains')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in as a user of a tenant')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out and forget the stored session')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the signed-in user, tenant and roles')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials: where the session lives and when it expires')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Enroll and manage the partner account')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'Read the mails the backend sent (verification codes)')
            [CompletionResult]::new('membership', 'membership', [CompletionResultType]::ParameterValue, 'Show, renew and upgrade the membership')
            [CompletionResult]::new('offers', 'offers', [CompletionResultType]::ParameterValue, 'The offer catalog')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'Orders: list, pay invoices, refund')
            [CompletionResult]::new('benefits', 'benefits', [CompletionResultType]::ParameterValue, 'Benefits of the membership: activate, assign seats, product keys')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users of the partner tenant and their roles')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Roles and their members')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Profile files: JSON Schema, templates, offline validation')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change settings (config file, environment, flags)')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enroll an organization and all its subsidiaries from one file, like `kubectl apply`')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages: one per command with --dir, else the top one on stdout')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the backend over HTTP, in Partner Center''s conventions')
            [CompletionResult]::new('backend', 'backend', [CompletionResultType]::ParameterValue, 'What each kind of backend can do')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;help;tenant' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant; prints its Global admin and temporary password (shown once)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the signed-in tenant')
            [CompletionResult]::new('domains', 'domains', [CompletionResultType]::ParameterValue, 'Manage the tenant''s custom domains')
            break
        }
        'partnerctl;help;tenant;create' {
            break
        }
        'partnerctl;help;tenant;show' {
            break
        }
        'partnerctl;help;tenant;domains' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a custom domain to the signed-in tenant; it answers the TXT record that verifies it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Look up a domain''s TXT record in DNS, and mark the domain verified when it is there')
            break
        }
        'partnerctl;help;tenant;domains;add' {
            break
        }
        'partnerctl;help;tenant;domains;verify' {
            break
        }
        'partnerctl;help;login' {
            break
        }
        'partnerctl;help;logout' {
            break
        }
        'partnerctl;help;whoami' {
            break
        }
        'partnerctl;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the credential lives (keyring, file, token file, environment) and when it expires; never the secret. Exits 4 when there is no usable credential')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the current access token (refreshed when expired) on stdout, for scripts that call the API directly')
            break
        }
        'partnerctl;help;auth;status' {
            break
        }
        'partnerctl;help;auth;token' {
            break
        }
        'partnerctl;help;account' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Enroll the organization of a profile in the Microsoft Partner Network')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the account: MPN ID, vetting, membership')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Confirm the verification code the primary contact received')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace the legal business profile from a location-format profile')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Show one of the Partner Center profiles')
            [CompletionResult]::new('locations', 'locations', [CompletionResultType]::ParameterValue, 'Locations (subsidiaries) of the global account')
            break
        }
        'partnerctl;help;account;create' {
            break
        }
        'partnerctl;help;account;show' {
            break
        }
        'partnerctl;help;account;verify' {
            break
        }
        'partnerctl;help;account;update' {
            break
        }
        'partnerctl;help;account;profile' {
            break
        }
        'partnerctl;help;account;locations' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a location with its own legal business profile and MPN ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the locations')
            break
        }
        'partnerctl;help;account;locations;add' {
            break
        }
        'partnerctl;help;account;locations;list' {
            break
        }
        'partnerctl;help;outbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mails sent, with their verification codes')
            break
        }
        'partnerctl;help;outbox;list' {
            break
        }
        'partnerctl;help;membership' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show status, anniversary, renewal window and programmes')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Renew for a year, to the same anniversary (from the anniversary, for 30 days)')
            [CompletionResult]::new('rejoin', 'rejoin', [CompletionResultType]::ParameterValue, 'Buy the membership again after it lapsed')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Buy Action Pack or a Silver or Gold competency')
            break
        }
        'partnerctl;help;membership;show' {
            break
        }
        'partnerctl;help;membership;renew' {
            break
        }
        'partnerctl;help;membership;rejoin' {
            break
        }
        'partnerctl;help;membership;upgrade' {
            break
        }
        'partnerctl;help;offers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the offers with their prices')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one offer and the benefits it grants')
            break
        }
        'partnerctl;help;offers;list' {
            break
        }
        'partnerctl;help;offers;show' {
            break
        }
        'partnerctl;help;orders' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s orders')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record the payment of an invoice order')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Refund an order (within 30 days, if no benefit was used)')
            break
        }
        'partnerctl;help;orders;list' {
            break
        }
        'partnerctl;help;orders;pay' {
            break
        }
        'partnerctl;help;orders;refund' {
            break
        }
        'partnerctl;help;benefits' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the benefits of the account')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a benefit (Global admin or MPN partner admin)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a seat to a user (Global admin)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Show the product keys of a benefit (viewing them blocks a refund)')
            [CompletionResult]::new('redeem', 'redeem', [CompletionResultType]::ParameterValue, 'Mark a product key as redeemed')
            break
        }
        'partnerctl;help;benefits;list' {
            break
        }
        'partnerctl;help;benefits;activate' {
            break
        }
        'partnerctl;help;benefits;assign' {
            break
        }
        'partnerctl;help;benefits;keys' {
            break
        }
        'partnerctl;help;benefits;redeem' {
            break
        }
        'partnerctl;help;users' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user, or every user of a file; temporary passwords are shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users of the tenant')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a user')
            break
        }
        'partnerctl;help;users;add' {
            break
        }
        'partnerctl;help;users;list' {
            break
        }
        'partnerctl;help;users;remove' {
            break
        }
        'partnerctl;help;users;grant' {
            break
        }
        'partnerctl;help;users;revoke' {
            break
        }
        'partnerctl;help;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List the members of a role')
            break
        }
        'partnerctl;help;roles;list' {
            break
        }
        'partnerctl;help;roles;members' {
            break
        }
        'partnerctl;help;profile' {
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a kind of profile, for editors')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print a commented template of a kind of profile')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check profile files offline; every problem is reported as FILE:LINE:COLUMN (exit 2)')
            break
        }
        'partnerctl;help;profile;schema' {
            break
        }
        'partnerctl;help;profile;init' {
            break
        }
        'partnerctl;help;profile;validate' {
            break
        }
        'partnerctl;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting, its value and where it came from (default, file, env, flag)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from the config file (any key, so a misspelt one can go too)')
            break
        }
        'partnerctl;help;config;show' {
            break
        }
        'partnerctl;help;config;set' {
            break
        }
        'partnerctl;help;config;unset' {
            break
        }
        'partnerctl;help;enroll' {
            break
        }
        'partnerctl;help;completions' {
            break
        }
        'partnerctl;help;man' {
            break
        }
        'partnerctl;help;serve' {
            break
        }
        'partnerctl;help;backend' {
            [CompletionResult]::new('capabilities', 'capabilities', [CompletionResultType]::ParameterValue, 'List every command and the backend kinds (embedded, http, partner-center) that do it')
            break
        }
        'partnerctl;help;backend;capabilities' {
            break
        }
        'partnerctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
