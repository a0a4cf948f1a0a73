
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ari' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ari'
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
        'ari' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile from the config file; a list, glob or group runs on each (-p ''eu-*'', -p all)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file; a list, glob or group runs on each (-p ''eu-*'', -p all)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: ~/.config/ari/config.toml]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server URL, e.g. http://127.0.0.1:8088 (/ari is added)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'User name, and password (prefer a profile: argv is visible to others)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, and password (prefer a profile: argv is visible to others)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'auto (pretty on a terminal, json when piped), pretty, json, table, ids; events: summary')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'auto (pretty on a terminal, json when piped), pretty, json, table, ids; events: summary')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression; strings print raw')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always, never [default: auto]')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'With several profiles (-p ''eu-*''): how many servers at once [default: 16]')
            [CompletionResult]::new('--max-time', '--max-time', [CompletionResultType]::ParameterName, 'Time limit for the whole request')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Time limit for connecting [default: 10]')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'How requests travel: http, or websocket (as RESTRequest frames on the events WebSocket; Asterisk 20.14, 21.9, 22.4+) [default: http]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the CA certificates (PEM) in FILE as well')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line (same as -o ids)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line (same as -o ids)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the HTTP request and response headers on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the HTTP request and response headers on stderr (secrets redacted)')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first server that fails')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command instead of sending')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (only for testing)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (only for testing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('channels', 'channels', [CompletionResultType]::ParameterValue, 'Calls: originate, answer, play, record, bridge, hang up')
            [CompletionResult]::new('channel', 'channel', [CompletionResultType]::ParameterValue, 'Calls: originate, answer, play, record, bridge, hang up')
            [CompletionResult]::new('chan', 'chan', [CompletionResultType]::ParameterValue, 'Calls: originate, answer, play, record, bridge, hang up')
            [CompletionResult]::new('bridges', 'bridges', [CompletionResultType]::ParameterValue, 'Mix channels together; play and record to everyone in a bridge')
            [CompletionResult]::new('bridge', 'bridge', [CompletionResultType]::ParameterValue, 'Mix channels together; play and record to everyone in a bridge')
            [CompletionResult]::new('endpoints', 'endpoints', [CompletionResultType]::ParameterValue, 'Phones and trunks (PJSIP/alice): list, state, messages, refer')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Phones and trunks (PJSIP/alice): list, state, messages, refer')
            [CompletionResult]::new('applications', 'applications', [CompletionResultType]::ParameterValue, 'Stasis applications and what they are subscribed to')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'Stasis applications and what they are subscribed to')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Stasis applications and what they are subscribed to')
            [CompletionResult]::new('asterisk', 'asterisk', [CompletionResultType]::ParameterValue, 'The server itself: info, ping, modules, logging, config, global variables')
            [CompletionResult]::new('playbacks', 'playbacks', [CompletionResultType]::ParameterValue, 'Media being played: inspect, pause, rewind, stop')
            [CompletionResult]::new('playback', 'playback', [CompletionResultType]::ParameterValue, 'Media being played: inspect, pause, rewind, stop')
            [CompletionResult]::new('recordings', 'recordings', [CompletionResultType]::ParameterValue, 'Live recordings in progress and stored recordings on disk')
            [CompletionResult]::new('recording', 'recording', [CompletionResultType]::ParameterValue, 'Live recordings in progress and stored recordings on disk')
            [CompletionResult]::new('sounds', 'sounds', [CompletionResultType]::ParameterValue, 'Sound prompts installed on the server')
            [CompletionResult]::new('sound', 'sound', [CompletionResultType]::ParameterValue, 'Sound prompts installed on the server')
            [CompletionResult]::new('device-states', 'device-states', [CompletionResultType]::ParameterValue, 'Custom device states (Stasis:NAME) for BLF and queues')
            [CompletionResult]::new('deviceStates', 'deviceStates', [CompletionResultType]::ParameterValue, 'Custom device states (Stasis:NAME) for BLF and queues')
            [CompletionResult]::new('devicestates', 'devicestates', [CompletionResultType]::ParameterValue, 'Custom device states (Stasis:NAME) for BLF and queues')
            [CompletionResult]::new('mailboxes', 'mailboxes', [CompletionResultType]::ParameterValue, 'Mailbox message counts for message-waiting indicators')
            [CompletionResult]::new('mailbox', 'mailbox', [CompletionResultType]::ParameterValue, 'Mailbox message counts for message-waiting indicators')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Tail the live events (with no action); generate user events, claim channels')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Send any request below /ari (for operations this ari does not know)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage connection profiles in the config file')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'Run a simulated Asterisk with ARI on 127.0.0.1, to try ari without a PBX')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run a script for each call that enters an application (AGI for ARI)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Act on the call of an `ari serve` handler (answer, play, read, dial...)')
            [CompletionResult]::new('repl', 'repl', [CompletionResultType]::ParameterValue, 'An interactive session: the same commands without `ari`, with completion and live events')
            [CompletionResult]::new('shell', 'shell', [CompletionResultType]::ParameterValue, 'An interactive session: the same commands without `ari`, with completion and live events')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the configuration, the connection and the server, and say what is wrong')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'A live full-screen view of calls, bridges, applications, endpoints and device states, with actions')
            [CompletionResult]::new('ui', 'ui', [CompletionResultType]::ParameterValue, 'A live full-screen view of calls, bridges, applications, endpoints and device states, with actions')
            [CompletionResult]::new('media', 'media', [CompletionResultType]::ParameterValue, 'Be the far end of external media: echo, record or play')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('__complete', '__complete', [CompletionResultType]::ParameterValue, '__complete')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff): ari man | man -l -')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;channels' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the active channels')
            [CompletionResult]::new('originate', 'originate', [CompletionResultType]::ParameterValue, 'Place a call: dial an endpoint into a Stasis app or into the dialplan')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'Hang up a channel')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Leave the Stasis app and go on in the dialplan')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Hand a channel over to another Stasis app')
            [CompletionResult]::new('redirect', 'redirect', [CompletionResultType]::ParameterValue, 'Send a channel to another endpoint (a blind transfer)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer a ringing channel')
            [CompletionResult]::new('ring', 'ring', [CompletionResultType]::ParameterValue, 'Play ringing to a channel')
            [CompletionResult]::new('ring-stop', 'ring-stop', [CompletionResultType]::ParameterValue, 'Stop ringing')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Indicate call progress (early media) to a channel')
            [CompletionResult]::new('dtmf', 'dtmf', [CompletionResultType]::ParameterValue, 'Send DTMF digits to a channel')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a channel')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a channel')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a channel on hold')
            [CompletionResult]::new('unhold', 'unhold', [CompletionResultType]::ParameterValue, 'Take a channel off hold')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to a channel')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold')
            [CompletionResult]::new('start-silence', 'start-silence', [CompletionResultType]::ParameterValue, 'Play silence to a channel')
            [CompletionResult]::new('stop-silence', 'stop-silence', [CompletionResultType]::ParameterValue, 'Stop playing silence')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play sounds, recordings, numbers or tones to a channel')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the audio of a channel')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a channel variable or dialplan function')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a channel variable or dialplan function')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several channel variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several channel variables at once')
            [CompletionResult]::new('snoop', 'snoop', [CompletionResultType]::ParameterValue, 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Dial a channel made by `channels create`')
            [CompletionResult]::new('rtp-stats', 'rtp-stats', [CompletionResultType]::ParameterValue, 'RTP statistics of a channel (jitter, loss, round-trip time)')
            [CompletionResult]::new('external-media', 'external-media', [CompletionResultType]::ParameterValue, 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)')
            [CompletionResult]::new('transfer-progress', 'transfer-progress', [CompletionResultType]::ParameterValue, 'Report the progress of a transfer handled by the app')
            [CompletionResult]::new('tap', 'tap', [CompletionResultType]::ParameterValue, 'Hear a call: its audio into a WAV file, or raw on stdout')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a call: a local WAV file played to the channel')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;channel' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the active channels')
            [CompletionResult]::new('originate', 'originate', [CompletionResultType]::ParameterValue, 'Place a call: dial an endpoint into a Stasis app or into the dialplan')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'Hang up a channel')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Leave the Stasis app and go on in the dialplan')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Hand a channel over to another Stasis app')
            [CompletionResult]::new('redirect', 'redirect', [CompletionResultType]::ParameterValue, 'Send a channel to another endpoint (a blind transfer)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer a ringing channel')
            [CompletionResult]::new('ring', 'ring', [CompletionResultType]::ParameterValue, 'Play ringing to a channel')
            [CompletionResult]::new('ring-stop', 'ring-stop', [CompletionResultType]::ParameterValue, 'Stop ringing')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Indicate call progress (early media) to a channel')
            [CompletionResult]::new('dtmf', 'dtmf', [CompletionResultType]::ParameterValue, 'Send DTMF digits to a channel')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a channel')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a channel')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a channel on hold')
            [CompletionResult]::new('unhold', 'unhold', [CompletionResultType]::ParameterValue, 'Take a channel off hold')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to a channel')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold')
            [CompletionResult]::new('start-silence', 'start-silence', [CompletionResultType]::ParameterValue, 'Play silence to a channel')
            [CompletionResult]::new('stop-silence', 'stop-silence', [CompletionResultType]::ParameterValue, 'Stop playing silence')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play sounds, recordings, numbers or tones to a channel')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the audio of a channel')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a channel variable or dialplan function')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a channel variable or dialplan function')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several channel variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several channel variables at once')
            [CompletionResult]::new('snoop', 'snoop', [CompletionResultType]::ParameterValue, 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Dial a channel made by `channels create`')
            [CompletionResult]::new('rtp-stats', 'rtp-stats', [CompletionResultType]::ParameterValue, 'RTP statistics of a channel (jitter, loss, round-trip time)')
            [CompletionResult]::new('external-media', 'external-media', [CompletionResultType]::ParameterValue, 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)')
            [CompletionResult]::new('transfer-progress', 'transfer-progress', [CompletionResultType]::ParameterValue, 'Report the progress of a transfer handled by the app')
            [CompletionResult]::new('tap', 'tap', [CompletionResultType]::ParameterValue, 'Hear a call: its audio into a WAV file, or raw on stdout')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a call: a local WAV file played to the channel')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;chan' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the active channels')
            [CompletionResult]::new('originate', 'originate', [CompletionResultType]::ParameterValue, 'Place a call: dial an endpoint into a Stasis app or into the dialplan')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'Hang up a channel')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Leave the Stasis app and go on in the dialplan')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Hand a channel over to another Stasis app')
            [CompletionResult]::new('redirect', 'redirect', [CompletionResultType]::ParameterValue, 'Send a channel to another endpoint (a blind transfer)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer a ringing channel')
            [CompletionResult]::new('ring', 'ring', [CompletionResultType]::ParameterValue, 'Play ringing to a channel')
            [CompletionResult]::new('ring-stop', 'ring-stop', [CompletionResultType]::ParameterValue, 'Stop ringing')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Indicate call progress (early media) to a channel')
            [CompletionResult]::new('dtmf', 'dtmf', [CompletionResultType]::ParameterValue, 'Send DTMF digits to a channel')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a channel')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a channel')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a channel on hold')
            [CompletionResult]::new('unhold', 'unhold', [CompletionResultType]::ParameterValue, 'Take a channel off hold')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to a channel')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold')
            [CompletionResult]::new('start-silence', 'start-silence', [CompletionResultType]::ParameterValue, 'Play silence to a channel')
            [CompletionResult]::new('stop-silence', 'stop-silence', [CompletionResultType]::ParameterValue, 'Stop playing silence')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play sounds, recordings, numbers or tones to a channel')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the audio of a channel')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a channel variable or dialplan function')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a channel variable or dialplan function')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several channel variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several channel variables at once')
            [CompletionResult]::new('snoop', 'snoop', [CompletionResultType]::ParameterValue, 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Dial a channel made by `channels create`')
            [CompletionResult]::new('rtp-stats', 'rtp-stats', [CompletionResultType]::ParameterValue, 'RTP statistics of a channel (jitter, loss, round-trip time)')
            [CompletionResult]::new('external-media', 'external-media', [CompletionResultType]::ParameterValue, 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)')
            [CompletionResult]::new('transfer-progress', 'transfer-progress', [CompletionResultType]::ParameterValue, 'Report the progress of a transfer handled by the app')
            [CompletionResult]::new('tap', 'tap', [CompletionResultType]::ParameterValue, 'Hear a call: its audio into a WAV file, or raw on stdout')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a call: a local WAV file played to the channel')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;channels;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;originate' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]')
            [CompletionResult]::new('--extension', '--extension', [CompletionResultType]::ParameterName, 'Dialplan extension [string]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Dialplan context [string]')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Dialplan priority [long]')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Dialplan label to go to instead of a priority [string]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--caller-id', '--caller-id', [CompletionResultType]::ParameterName, 'Caller id to present, e.g. ''Alice <1001>'' [string]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for an answer [int, server default: 30]')
            [CompletionResult]::new('--channel-id', '--channel-id', [CompletionResultType]::ParameterName, 'Channel id [string]')
            [CompletionResult]::new('--other-channel-id', '--other-channel-id', [CompletionResultType]::ParameterName, 'Id for the second half of a Local channel [string]')
            [CompletionResult]::new('--originator', '--originator', [CompletionResultType]::ParameterName, 'Id of the channel that causes this call (sets codecs and linked id) [string]')
            [CompletionResult]::new('--formats', '--formats', [CompletionResultType]::ParameterName, 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Channel id of your choosing: sends POST /channels/{channelId}')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;originate' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]')
            [CompletionResult]::new('--extension', '--extension', [CompletionResultType]::ParameterName, 'Dialplan extension [string]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Dialplan context [string]')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Dialplan priority [long]')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Dialplan label to go to instead of a priority [string]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--caller-id', '--caller-id', [CompletionResultType]::ParameterName, 'Caller id to present, e.g. ''Alice <1001>'' [string]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for an answer [int, server default: 30]')
            [CompletionResult]::new('--channel-id', '--channel-id', [CompletionResultType]::ParameterName, 'Channel id [string]')
            [CompletionResult]::new('--other-channel-id', '--other-channel-id', [CompletionResultType]::ParameterName, 'Id for the second half of a Local channel [string]')
            [CompletionResult]::new('--originator', '--originator', [CompletionResultType]::ParameterName, 'Id of the channel that causes this call (sets codecs and linked id) [string]')
            [CompletionResult]::new('--formats', '--formats', [CompletionResultType]::ParameterName, 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Channel id of your choosing: sends POST /channels/{channelId}')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;originate' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]')
            [CompletionResult]::new('--extension', '--extension', [CompletionResultType]::ParameterName, 'Dialplan extension [string]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Dialplan context [string]')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Dialplan priority [long]')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Dialplan label to go to instead of a priority [string]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--caller-id', '--caller-id', [CompletionResultType]::ParameterName, 'Caller id to present, e.g. ''Alice <1001>'' [string]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for an answer [int, server default: 30]')
            [CompletionResult]::new('--channel-id', '--channel-id', [CompletionResultType]::ParameterName, 'Channel id [string]')
            [CompletionResult]::new('--other-channel-id', '--other-channel-id', [CompletionResultType]::ParameterName, 'Id for the second half of a Local channel [string]')
            [CompletionResult]::new('--originator', '--originator', [CompletionResultType]::ParameterName, 'Id of the channel that causes this call (sets codecs and linked id) [string]')
            [CompletionResult]::new('--formats', '--formats', [CompletionResultType]::ParameterName, 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Channel id of your choosing: sends POST /channels/{channelId}')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;create' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--channel-id', '--channel-id', [CompletionResultType]::ParameterName, 'Channel id [string]')
            [CompletionResult]::new('--other-channel-id', '--other-channel-id', [CompletionResultType]::ParameterName, 'Id for the second half of a Local channel [string]')
            [CompletionResult]::new('--originator', '--originator', [CompletionResultType]::ParameterName, 'Id of the channel that causes this call (sets codecs and linked id) [string]')
            [CompletionResult]::new('--formats', '--formats', [CompletionResultType]::ParameterName, 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;create' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--channel-id', '--channel-id', [CompletionResultType]::ParameterName, 'Channel id [string]')
            [CompletionResult]::new('--other-channel-id', '--other-channel-id', [CompletionResultType]::ParameterName, 'Id for the second half of a Local channel [string]')
            [CompletionResult]::new('--originator', '--originator', [CompletionResultType]::ParameterName, 'Id of the channel that causes this call (sets codecs and linked id) [string]')
            [CompletionResult]::new('--formats', '--formats', [CompletionResultType]::ParameterName, 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;create' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--channel-id', '--channel-id', [CompletionResultType]::ParameterName, 'Channel id [string]')
            [CompletionResult]::new('--other-channel-id', '--other-channel-id', [CompletionResultType]::ParameterName, 'Id for the second half of a Local channel [string]')
            [CompletionResult]::new('--originator', '--originator', [CompletionResultType]::ParameterName, 'Id of the channel that causes this call (sets codecs and linked id) [string]')
            [CompletionResult]::new('--formats', '--formats', [CompletionResultType]::ParameterName, 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;hangup' {
            [CompletionResult]::new('--reason-code', '--reason-code', [CompletionResultType]::ParameterName, 'Hangup cause as a Q.850 number (instead of --reason) [string]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Hangup reason [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;hangup' {
            [CompletionResult]::new('--reason-code', '--reason-code', [CompletionResultType]::ParameterName, 'Hangup cause as a Q.850 number (instead of --reason) [string]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Hangup reason [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;hangup' {
            [CompletionResult]::new('--reason-code', '--reason-code', [CompletionResultType]::ParameterName, 'Hangup cause as a Q.850 number (instead of --reason) [string]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Hangup reason [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;continue' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Dialplan context [string]')
            [CompletionResult]::new('--extension', '--extension', [CompletionResultType]::ParameterName, 'Dialplan extension [string]')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Dialplan priority [int]')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Dialplan label to go to instead of a priority [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;continue' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Dialplan context [string]')
            [CompletionResult]::new('--extension', '--extension', [CompletionResultType]::ParameterName, 'Dialplan extension [string]')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Dialplan priority [int]')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Dialplan label to go to instead of a priority [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;continue' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Dialplan context [string]')
            [CompletionResult]::new('--extension', '--extension', [CompletionResultType]::ParameterName, 'Dialplan extension [string]')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Dialplan priority [int]')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Dialplan label to go to instead of a priority [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;move' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;move' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;move' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;redirect' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;redirect' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;redirect' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;answer' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;answer' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;answer' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;ring' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;ring' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;ring' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;ring-stop' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;ring-stop' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;ring-stop' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;progress' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;progress' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;progress' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;dtmf' {
            [CompletionResult]::new('--dtmf', '--dtmf', [CompletionResultType]::ParameterName, 'Digits to send: 0-9 * # A-D; w waits 0.5 s, W 1 s, f is a hook flash [string]')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Milliseconds to wait before the first digit [int, server default: 0]')
            [CompletionResult]::new('--between', '--between', [CompletionResultType]::ParameterName, 'Milliseconds between digits [int, server default: 100]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Milliseconds each digit lasts [int, server default: 100]')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Milliseconds to wait after the last digit [int, server default: 0]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;dtmf' {
            [CompletionResult]::new('--dtmf', '--dtmf', [CompletionResultType]::ParameterName, 'Digits to send: 0-9 * # A-D; w waits 0.5 s, W 1 s, f is a hook flash [string]')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Milliseconds to wait before the first digit [int, server default: 0]')
            [CompletionResult]::new('--between', '--between', [CompletionResultType]::ParameterName, 'Milliseconds between digits [int, server default: 100]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Milliseconds each digit lasts [int, server default: 100]')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Milliseconds to wait after the last digit [int, server default: 0]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;dtmf' {
            [CompletionResult]::new('--dtmf', '--dtmf', [CompletionResultType]::ParameterName, 'Digits to send: 0-9 * # A-D; w waits 0.5 s, W 1 s, f is a hook flash [string]')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Milliseconds to wait before the first digit [int, server default: 0]')
            [CompletionResult]::new('--between', '--between', [CompletionResultType]::ParameterName, 'Milliseconds between digits [int, server default: 100]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Milliseconds each digit lasts [int, server default: 100]')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Milliseconds to wait after the last digit [int, server default: 0]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;mute' {
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Which audio direction [string, server default: both]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;mute' {
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Which audio direction [string, server default: both]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;mute' {
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Which audio direction [string, server default: both]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;unmute' {
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Which audio direction [string, server default: both]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;unmute' {
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Which audio direction [string, server default: both]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;unmute' {
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Which audio direction [string, server default: both]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;hold' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;hold' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;hold' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;unhold' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;unhold' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;unhold' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;start-moh' {
            [CompletionResult]::new('--moh-class', '--moh-class', [CompletionResultType]::ParameterName, 'Music on hold class [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;start-moh' {
            [CompletionResult]::new('--moh-class', '--moh-class', [CompletionResultType]::ParameterName, 'Music on hold class [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;start-moh' {
            [CompletionResult]::new('--moh-class', '--moh-class', [CompletionResultType]::ParameterName, 'Music on hold class [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;stop-moh' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;stop-moh' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;stop-moh' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;start-silence' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;start-silence' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;start-silence' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;stop-silence' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;stop-silence' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;stop-silence' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;play' {
            [CompletionResult]::new('--media', '--media', [CompletionResultType]::ParameterName, 'Media URIs: sound:, recording:, number:, digits:, characters:, tone: [string, required, repeatable or comma list]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the sounds, e.g. en, fr [string]')
            [CompletionResult]::new('--offsetms', '--offsetms', [CompletionResultType]::ParameterName, 'Start this many milliseconds into the media [int]')
            [CompletionResult]::new('--skipms', '--skipms', [CompletionResultType]::ParameterName, 'Milliseconds to skip on forward and reverse [int, server default: 3000]')
            [CompletionResult]::new('--playback-id', '--playback-id', [CompletionResultType]::ParameterName, 'Playback id [string]; sends POST /channels/{channelId}/play/{playbackId}')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;play' {
            [CompletionResult]::new('--media', '--media', [CompletionResultType]::ParameterName, 'Media URIs: sound:, recording:, number:, digits:, characters:, tone: [string, required, repeatable or comma list]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the sounds, e.g. en, fr [string]')
            [CompletionResult]::new('--offsetms', '--offsetms', [CompletionResultType]::ParameterName, 'Start this many milliseconds into the media [int]')
            [CompletionResult]::new('--skipms', '--skipms', [CompletionResultType]::ParameterName, 'Milliseconds to skip on forward and reverse [int, server default: 3000]')
            [CompletionResult]::new('--playback-id', '--playback-id', [CompletionResultType]::ParameterName, 'Playback id [string]; sends POST /channels/{channelId}/play/{playbackId}')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;play' {
            [CompletionResult]::new('--media', '--media', [CompletionResultType]::ParameterName, 'Media URIs: sound:, recording:, number:, digits:, characters:, tone: [string, required, repeatable or comma list]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the sounds, e.g. en, fr [string]')
            [CompletionResult]::new('--offsetms', '--offsetms', [CompletionResultType]::ParameterName, 'Start this many milliseconds into the media [int]')
            [CompletionResult]::new('--skipms', '--skipms', [CompletionResultType]::ParameterName, 'Milliseconds to skip on forward and reverse [int, server default: 3000]')
            [CompletionResult]::new('--playback-id', '--playback-id', [CompletionResultType]::ParameterName, 'Playback id [string]; sends POST /channels/{channelId}/play/{playbackId}')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;record' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the recording: the file name without extension [string, required]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Audio format, e.g. wav, ulaw, gsm [string, required]')
            [CompletionResult]::new('--max-duration-seconds', '--max-duration-seconds', [CompletionResultType]::ParameterName, 'Stop recording after this many seconds (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--max-silence-seconds', '--max-silence-seconds', [CompletionResultType]::ParameterName, 'Stop recording after this many seconds of silence (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when a recording of that name exists [string, server default: fail]')
            [CompletionResult]::new('--beep', '--beep', [CompletionResultType]::ParameterName, 'Play a beep before recording starts [boolean, server default: false]')
            [CompletionResult]::new('--terminate-on', '--terminate-on', [CompletionResultType]::ParameterName, 'DTMF digit that ends the recording [string, server default: none]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;record' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the recording: the file name without extension [string, required]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Audio format, e.g. wav, ulaw, gsm [string, required]')
            [CompletionResult]::new('--max-duration-seconds', '--max-duration-seconds', [CompletionResultType]::ParameterName, 'Stop recording after this many seconds (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--max-silence-seconds', '--max-silence-seconds', [CompletionResultType]::ParameterName, 'Stop recording after this many seconds of silence (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when a recording of that name exists [string, server default: fail]')
            [CompletionResult]::new('--beep', '--beep', [CompletionResultType]::ParameterName, 'Play a beep before recording starts [boolean, server default: false]')
            [CompletionResult]::new('--terminate-on', '--terminate-on', [CompletionResultType]::ParameterName, 'DTMF digit that ends the recording [string, server default: none]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;record' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the recording: the file name without extension [string, required]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Audio format, e.g. wav, ulaw, gsm [string, required]')
            [CompletionResult]::new('--max-duration-seconds', '--max-duration-seconds', [CompletionResultType]::ParameterName, 'Stop recording after this many seconds (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--max-silence-seconds', '--max-silence-seconds', [CompletionResultType]::ParameterName, 'Stop recording after this many seconds of silence (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when a recording of that name exists [string, server default: fail]')
            [CompletionResult]::new('--beep', '--beep', [CompletionResultType]::ParameterName, 'Play a beep before recording starts [boolean, server default: false]')
            [CompletionResult]::new('--terminate-on', '--terminate-on', [CompletionResultType]::ParameterName, 'DTMF digit that ends the recording [string, server default: none]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;get-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;get-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;get-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;set-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'New value; omit to unset [string]')
            [CompletionResult]::new('--report-events', '--report-events', [CompletionResultType]::ParameterName, 'Send ChannelVarset events when the variable changes [boolean, server default: false]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;set-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'New value; omit to unset [string]')
            [CompletionResult]::new('--report-events', '--report-events', [CompletionResultType]::ParameterName, 'Send ChannelVarset events when the variable changes [boolean, server default: false]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;set-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'New value; omit to unset [string]')
            [CompletionResult]::new('--report-events', '--report-events', [CompletionResultType]::ParameterName, 'Send ChannelVarset events when the variable changes [boolean, server default: false]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;get-vars' {
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'Variable names [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;get-vars' {
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'Variable names [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;get-vars' {
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'Variable names [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;set-vars' {
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable (required)')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;set-vars' {
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable (required)')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;set-vars' {
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable (required)')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;snoop' {
            [CompletionResult]::new('--spy', '--spy', [CompletionResultType]::ParameterName, 'Which audio of the channel the snoop channel hears [string, server default: none]')
            [CompletionResult]::new('--whisper', '--whisper', [CompletionResultType]::ParameterName, 'Which direction the snoop channel''s audio goes into the channel [string, server default: none]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--snoop-id', '--snoop-id', [CompletionResultType]::ParameterName, 'Id for the snoop channel [string]; sends POST /channels/{channelId}/snoop/{snoopId}')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;snoop' {
            [CompletionResult]::new('--spy', '--spy', [CompletionResultType]::ParameterName, 'Which audio of the channel the snoop channel hears [string, server default: none]')
            [CompletionResult]::new('--whisper', '--whisper', [CompletionResultType]::ParameterName, 'Which direction the snoop channel''s audio goes into the channel [string, server default: none]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--snoop-id', '--snoop-id', [CompletionResultType]::ParameterName, 'Id for the snoop channel [string]; sends POST /channels/{channelId}/snoop/{snoopId}')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;snoop' {
            [CompletionResult]::new('--spy', '--spy', [CompletionResultType]::ParameterName, 'Which audio of the channel the snoop channel hears [string, server default: none]')
            [CompletionResult]::new('--whisper', '--whisper', [CompletionResultType]::ParameterName, 'Which direction the snoop channel''s audio goes into the channel [string, server default: none]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--app-args', '--app-args', [CompletionResultType]::ParameterName, 'Arguments for the Stasis application, comma separated [string]')
            [CompletionResult]::new('--snoop-id', '--snoop-id', [CompletionResultType]::ParameterName, 'Id for the snoop channel [string]; sends POST /channels/{channelId}/snoop/{snoopId}')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;dial' {
            [CompletionResult]::new('--caller', '--caller', [CompletionResultType]::ParameterName, 'Channel id of the caller, whose connected line the callee sees [string]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for an answer (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;dial' {
            [CompletionResult]::new('--caller', '--caller', [CompletionResultType]::ParameterName, 'Channel id of the caller, whose connected line the callee sees [string]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for an answer (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;dial' {
            [CompletionResult]::new('--caller', '--caller', [CompletionResultType]::ParameterName, 'Channel id of the caller, whose connected line the callee sees [string]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for an answer (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;rtp-stats' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;rtp-stats' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;rtp-stats' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;external-media' {
            [CompletionResult]::new('--channel-id', '--channel-id', [CompletionResultType]::ParameterName, 'Channel id [string]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--external-host', '--external-host', [CompletionResultType]::ParameterName, 'host:port of the external media server [string]')
            [CompletionResult]::new('--encapsulation', '--encapsulation', [CompletionResultType]::ParameterName, 'How the media is wrapped [string, server default: rtp]')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'Transport to the external media server [string, server default: udp]')
            [CompletionResult]::new('--connection-type', '--connection-type', [CompletionResultType]::ParameterName, 'Whether Asterisk connects out (client) or waits (server) [string, server default: client]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Audio format, e.g. wav, ulaw, gsm [string, required]')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Which audio direction [string, server default: both]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Encapsulation-specific data (e.g. the AudioSocket UUID) [string]')
            [CompletionResult]::new('--transport-data', '--transport-data', [CompletionResultType]::ParameterName, 'Transport-specific data [string]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;external-media' {
            [CompletionResult]::new('--channel-id', '--channel-id', [CompletionResultType]::ParameterName, 'Channel id [string]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--external-host', '--external-host', [CompletionResultType]::ParameterName, 'host:port of the external media server [string]')
            [CompletionResult]::new('--encapsulation', '--encapsulation', [CompletionResultType]::ParameterName, 'How the media is wrapped [string, server default: rtp]')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'Transport to the external media server [string, server default: udp]')
            [CompletionResult]::new('--connection-type', '--connection-type', [CompletionResultType]::ParameterName, 'Whether Asterisk connects out (client) or waits (server) [string, server default: client]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Audio format, e.g. wav, ulaw, gsm [string, required]')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Which audio direction [string, server default: both]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Encapsulation-specific data (e.g. the AudioSocket UUID) [string]')
            [CompletionResult]::new('--transport-data', '--transport-data', [CompletionResultType]::ParameterName, 'Transport-specific data [string]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;external-media' {
            [CompletionResult]::new('--channel-id', '--channel-id', [CompletionResultType]::ParameterName, 'Channel id [string]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Stasis application that gets the channel [string, required]')
            [CompletionResult]::new('--external-host', '--external-host', [CompletionResultType]::ParameterName, 'host:port of the external media server [string]')
            [CompletionResult]::new('--encapsulation', '--encapsulation', [CompletionResultType]::ParameterName, 'How the media is wrapped [string, server default: rtp]')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'Transport to the external media server [string, server default: udp]')
            [CompletionResult]::new('--connection-type', '--connection-type', [CompletionResultType]::ParameterName, 'Whether Asterisk connects out (client) or waits (server) [string, server default: client]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Audio format, e.g. wav, ulaw, gsm [string, required]')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Which audio direction [string, server default: both]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Encapsulation-specific data (e.g. the AudioSocket UUID) [string]')
            [CompletionResult]::new('--transport-data', '--transport-data', [CompletionResultType]::ParameterName, 'Transport-specific data [string]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;transfer-progress' {
            [CompletionResult]::new('--states', '--states', [CompletionResultType]::ParameterName, 'Transfer progress states [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;transfer-progress' {
            [CompletionResult]::new('--states', '--states', [CompletionResultType]::ParameterName, 'Transfer progress states [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;transfer-progress' {
            [CompletionResult]::new('--states', '--states', [CompletionResultType]::ParameterName, 'Transfer progress states [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;tap' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where the audio goes: a WAV file, or - for raw samples on stdout (default: tap-CHANNEL_ID.wav, or - when stdout is a pipe)')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'in: what comes from the channel (its caller''s voice); out: what Asterisk sends it (what its caller hears); both mixed')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this many seconds of audio')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The audio format on the wire (slin* is linear at 8 to 192 kHz; ulaw and alaw are 8 kHz G.711)')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it')
            [CompletionResult]::new('--rtp-address', '--rtp-address', [CompletionResultType]::ParameterName, 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;tap' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where the audio goes: a WAV file, or - for raw samples on stdout (default: tap-CHANNEL_ID.wav, or - when stdout is a pipe)')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'in: what comes from the channel (its caller''s voice); out: what Asterisk sends it (what its caller hears); both mixed')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this many seconds of audio')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The audio format on the wire (slin* is linear at 8 to 192 kHz; ulaw and alaw are 8 kHz G.711)')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it')
            [CompletionResult]::new('--rtp-address', '--rtp-address', [CompletionResultType]::ParameterName, 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;tap' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where the audio goes: a WAV file, or - for raw samples on stdout (default: tap-CHANNEL_ID.wav, or - when stdout is a pipe)')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'in: what comes from the channel (its caller''s voice); out: what Asterisk sends it (what its caller hears); both mixed')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this many seconds of audio')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The audio format on the wire (slin* is linear at 8 to 192 kHz; ulaw and alaw are 8 kHz G.711)')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it')
            [CompletionResult]::new('--rtp-address', '--rtp-address', [CompletionResultType]::ParameterName, 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;inject' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The audio: a WAV file, or - for a WAV stream on stdin (sent as it comes)')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it')
            [CompletionResult]::new('--rtp-address', '--rtp-address', [CompletionResultType]::ParameterName, 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channel;inject' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The audio: a WAV file, or - for a WAV stream on stdin (sent as it comes)')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it')
            [CompletionResult]::new('--rtp-address', '--rtp-address', [CompletionResultType]::ParameterName, 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;chan;inject' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The audio: a WAV file, or - for a WAV stream on stdin (sent as it comes)')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it')
            [CompletionResult]::new('--rtp-address', '--rtp-address', [CompletionResultType]::ParameterName, 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;channels;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the active channels')
            [CompletionResult]::new('originate', 'originate', [CompletionResultType]::ParameterValue, 'Place a call: dial an endpoint into a Stasis app or into the dialplan')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'Hang up a channel')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Leave the Stasis app and go on in the dialplan')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Hand a channel over to another Stasis app')
            [CompletionResult]::new('redirect', 'redirect', [CompletionResultType]::ParameterValue, 'Send a channel to another endpoint (a blind transfer)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer a ringing channel')
            [CompletionResult]::new('ring', 'ring', [CompletionResultType]::ParameterValue, 'Play ringing to a channel')
            [CompletionResult]::new('ring-stop', 'ring-stop', [CompletionResultType]::ParameterValue, 'Stop ringing')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Indicate call progress (early media) to a channel')
            [CompletionResult]::new('dtmf', 'dtmf', [CompletionResultType]::ParameterValue, 'Send DTMF digits to a channel')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a channel')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a channel')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a channel on hold')
            [CompletionResult]::new('unhold', 'unhold', [CompletionResultType]::ParameterValue, 'Take a channel off hold')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to a channel')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold')
            [CompletionResult]::new('start-silence', 'start-silence', [CompletionResultType]::ParameterValue, 'Play silence to a channel')
            [CompletionResult]::new('stop-silence', 'stop-silence', [CompletionResultType]::ParameterValue, 'Stop playing silence')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play sounds, recordings, numbers or tones to a channel')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the audio of a channel')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a channel variable or dialplan function')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a channel variable or dialplan function')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several channel variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several channel variables at once')
            [CompletionResult]::new('snoop', 'snoop', [CompletionResultType]::ParameterValue, 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Dial a channel made by `channels create`')
            [CompletionResult]::new('rtp-stats', 'rtp-stats', [CompletionResultType]::ParameterValue, 'RTP statistics of a channel (jitter, loss, round-trip time)')
            [CompletionResult]::new('external-media', 'external-media', [CompletionResultType]::ParameterValue, 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)')
            [CompletionResult]::new('transfer-progress', 'transfer-progress', [CompletionResultType]::ParameterValue, 'Report the progress of a transfer handled by the app')
            [CompletionResult]::new('tap', 'tap', [CompletionResultType]::ParameterValue, 'Hear a call: its audio into a WAV file, or raw on stdout')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a call: a local WAV file played to the channel')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;channels;help;list' {
            break
        }
        'ari;channels;help;originate' {
            break
        }
        'ari;channels;help;create' {
            break
        }
        'ari;channels;help;get' {
            break
        }
        'ari;channels;help;hangup' {
            break
        }
        'ari;channels;help;continue' {
            break
        }
        'ari;channels;help;move' {
            break
        }
        'ari;channels;help;redirect' {
            break
        }
        'ari;channels;help;answer' {
            break
        }
        'ari;channels;help;ring' {
            break
        }
        'ari;channels;help;ring-stop' {
            break
        }
        'ari;channels;help;progress' {
            break
        }
        'ari;channels;help;dtmf' {
            break
        }
        'ari;channels;help;mute' {
            break
        }
        'ari;channels;help;unmute' {
            break
        }
        'ari;channels;help;hold' {
            break
        }
        'ari;channels;help;unhold' {
            break
        }
        'ari;channels;help;start-moh' {
            break
        }
        'ari;channels;help;stop-moh' {
            break
        }
        'ari;channels;help;start-silence' {
            break
        }
        'ari;channels;help;stop-silence' {
            break
        }
        'ari;channels;help;play' {
            break
        }
        'ari;channels;help;record' {
            break
        }
        'ari;channels;help;get-var' {
            break
        }
        'ari;channels;help;set-var' {
            break
        }
        'ari;channels;help;get-vars' {
            break
        }
        'ari;channels;help;set-vars' {
            break
        }
        'ari;channels;help;snoop' {
            break
        }
        'ari;channels;help;dial' {
            break
        }
        'ari;channels;help;rtp-stats' {
            break
        }
        'ari;channels;help;external-media' {
            break
        }
        'ari;channels;help;transfer-progress' {
            break
        }
        'ari;channels;help;tap' {
            break
        }
        'ari;channels;help;inject' {
            break
        }
        'ari;channels;help;help' {
            break
        }
        'ari;channel;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the active channels')
            [CompletionResult]::new('originate', 'originate', [CompletionResultType]::ParameterValue, 'Place a call: dial an endpoint into a Stasis app or into the dialplan')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'Hang up a channel')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Leave the Stasis app and go on in the dialplan')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Hand a channel over to another Stasis app')
            [CompletionResult]::new('redirect', 'redirect', [CompletionResultType]::ParameterValue, 'Send a channel to another endpoint (a blind transfer)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer a ringing channel')
            [CompletionResult]::new('ring', 'ring', [CompletionResultType]::ParameterValue, 'Play ringing to a channel')
            [CompletionResult]::new('ring-stop', 'ring-stop', [CompletionResultType]::ParameterValue, 'Stop ringing')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Indicate call progress (early media) to a channel')
            [CompletionResult]::new('dtmf', 'dtmf', [CompletionResultType]::ParameterValue, 'Send DTMF digits to a channel')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a channel')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a channel')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a channel on hold')
            [CompletionResult]::new('unhold', 'unhold', [CompletionResultType]::ParameterValue, 'Take a channel off hold')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to a channel')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold')
            [CompletionResult]::new('start-silence', 'start-silence', [CompletionResultType]::ParameterValue, 'Play silence to a channel')
            [CompletionResult]::new('stop-silence', 'stop-silence', [CompletionResultType]::ParameterValue, 'Stop playing silence')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play sounds, recordings, numbers or tones to a channel')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the audio of a channel')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a channel variable or dialplan function')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a channel variable or dialplan function')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several channel variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several channel variables at once')
            [CompletionResult]::new('snoop', 'snoop', [CompletionResultType]::ParameterValue, 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Dial a channel made by `channels create`')
            [CompletionResult]::new('rtp-stats', 'rtp-stats', [CompletionResultType]::ParameterValue, 'RTP statistics of a channel (jitter, loss, round-trip time)')
            [CompletionResult]::new('external-media', 'external-media', [CompletionResultType]::ParameterValue, 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)')
            [CompletionResult]::new('transfer-progress', 'transfer-progress', [CompletionResultType]::ParameterValue, 'Report the progress of a transfer handled by the app')
            [CompletionResult]::new('tap', 'tap', [CompletionResultType]::ParameterValue, 'Hear a call: its audio into a WAV file, or raw on stdout')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a call: a local WAV file played to the channel')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;channel;help;list' {
            break
        }
        'ari;channel;help;originate' {
            break
        }
        'ari;channel;help;create' {
            break
        }
        'ari;channel;help;get' {
            break
        }
        'ari;channel;help;hangup' {
            break
        }
        'ari;channel;help;continue' {
            break
        }
        'ari;channel;help;move' {
            break
        }
        'ari;channel;help;redirect' {
            break
        }
        'ari;channel;help;answer' {
            break
        }
        'ari;channel;help;ring' {
            break
        }
        'ari;channel;help;ring-stop' {
            break
        }
        'ari;channel;help;progress' {
            break
        }
        'ari;channel;help;dtmf' {
            break
        }
        'ari;channel;help;mute' {
            break
        }
        'ari;channel;help;unmute' {
            break
        }
        'ari;channel;help;hold' {
            break
        }
        'ari;channel;help;unhold' {
            break
        }
        'ari;channel;help;start-moh' {
            break
        }
        'ari;channel;help;stop-moh' {
            break
        }
        'ari;channel;help;start-silence' {
            break
        }
        'ari;channel;help;stop-silence' {
            break
        }
        'ari;channel;help;play' {
            break
        }
        'ari;channel;help;record' {
            break
        }
        'ari;channel;help;get-var' {
            break
        }
        'ari;channel;help;set-var' {
            break
        }
        'ari;channel;help;get-vars' {
            break
        }
        'ari;channel;help;set-vars' {
            break
        }
        'ari;channel;help;snoop' {
            break
        }
        'ari;channel;help;dial' {
            break
        }
        'ari;channel;help;rtp-stats' {
            break
        }
        'ari;channel;help;external-media' {
            break
        }
        'ari;channel;help;transfer-progress' {
            break
        }
        'ari;channel;help;tap' {
            break
        }
        'ari;channel;help;inject' {
            break
        }
        'ari;channel;help;help' {
            break
        }
        'ari;chan;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the active channels')
            [CompletionResult]::new('originate', 'originate', [CompletionResultType]::ParameterValue, 'Place a call: dial an endpoint into a Stasis app or into the dialplan')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'Hang up a channel')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Leave the Stasis app and go on in the dialplan')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Hand a channel over to another Stasis app')
            [CompletionResult]::new('redirect', 'redirect', [CompletionResultType]::ParameterValue, 'Send a channel to another endpoint (a blind transfer)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer a ringing channel')
            [CompletionResult]::new('ring', 'ring', [CompletionResultType]::ParameterValue, 'Play ringing to a channel')
            [CompletionResult]::new('ring-stop', 'ring-stop', [CompletionResultType]::ParameterValue, 'Stop ringing')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Indicate call progress (early media) to a channel')
            [CompletionResult]::new('dtmf', 'dtmf', [CompletionResultType]::ParameterValue, 'Send DTMF digits to a channel')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a channel')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a channel')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a channel on hold')
            [CompletionResult]::new('unhold', 'unhold', [CompletionResultType]::ParameterValue, 'Take a channel off hold')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to a channel')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold')
            [CompletionResult]::new('start-silence', 'start-silence', [CompletionResultType]::ParameterValue, 'Play silence to a channel')
            [CompletionResult]::new('stop-silence', 'stop-silence', [CompletionResultType]::ParameterValue, 'Stop playing silence')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play sounds, recordings, numbers or tones to a channel')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the audio of a channel')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a channel variable or dialplan function')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a channel variable or dialplan function')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several channel variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several channel variables at once')
            [CompletionResult]::new('snoop', 'snoop', [CompletionResultType]::ParameterValue, 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Dial a channel made by `channels create`')
            [CompletionResult]::new('rtp-stats', 'rtp-stats', [CompletionResultType]::ParameterValue, 'RTP statistics of a channel (jitter, loss, round-trip time)')
            [CompletionResult]::new('external-media', 'external-media', [CompletionResultType]::ParameterValue, 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)')
            [CompletionResult]::new('transfer-progress', 'transfer-progress', [CompletionResultType]::ParameterValue, 'Report the progress of a transfer handled by the app')
            [CompletionResult]::new('tap', 'tap', [CompletionResultType]::ParameterValue, 'Hear a call: its audio into a WAV file, or raw on stdout')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a call: a local WAV file played to the channel')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;chan;help;list' {
            break
        }
        'ari;chan;help;originate' {
            break
        }
        'ari;chan;help;create' {
            break
        }
        'ari;chan;help;get' {
            break
        }
        'ari;chan;help;hangup' {
            break
        }
        'ari;chan;help;continue' {
            break
        }
        'ari;chan;help;move' {
            break
        }
        'ari;chan;help;redirect' {
            break
        }
        'ari;chan;help;answer' {
            break
        }
        'ari;chan;help;ring' {
            break
        }
        'ari;chan;help;ring-stop' {
            break
        }
        'ari;chan;help;progress' {
            break
        }
        'ari;chan;help;dtmf' {
            break
        }
        'ari;chan;help;mute' {
            break
        }
        'ari;chan;help;unmute' {
            break
        }
        'ari;chan;help;hold' {
            break
        }
        'ari;chan;help;unhold' {
            break
        }
        'ari;chan;help;start-moh' {
            break
        }
        'ari;chan;help;stop-moh' {
            break
        }
        'ari;chan;help;start-silence' {
            break
        }
        'ari;chan;help;stop-silence' {
            break
        }
        'ari;chan;help;play' {
            break
        }
        'ari;chan;help;record' {
            break
        }
        'ari;chan;help;get-var' {
            break
        }
        'ari;chan;help;set-var' {
            break
        }
        'ari;chan;help;get-vars' {
            break
        }
        'ari;chan;help;set-vars' {
            break
        }
        'ari;chan;help;snoop' {
            break
        }
        'ari;chan;help;dial' {
            break
        }
        'ari;chan;help;rtp-stats' {
            break
        }
        'ari;chan;help;external-media' {
            break
        }
        'ari;chan;help;transfer-progress' {
            break
        }
        'ari;chan;help;tap' {
            break
        }
        'ari;chan;help;inject' {
            break
        }
        'ari;chan;help;help' {
            break
        }
        'ari;bridges' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the bridges')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a bridge')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one bridge')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy a bridge (its channels stay up)')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a bridge variable')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a bridge variable')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several bridge variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several bridge variables at once')
            [CompletionResult]::new('add-channel', 'add-channel', [CompletionResultType]::ParameterValue, 'Put channels into a bridge')
            [CompletionResult]::new('remove-channel', 'remove-channel', [CompletionResultType]::ParameterValue, 'Take channels out of a bridge')
            [CompletionResult]::new('set-video-source', 'set-video-source', [CompletionResultType]::ParameterValue, 'Show one channel''s video to everyone in the bridge')
            [CompletionResult]::new('clear-video-source', 'clear-video-source', [CompletionResultType]::ParameterValue, 'Go back to talker-driven video in the bridge')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to the bridge')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold in the bridge')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play media to every channel in the bridge')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the mixed audio of the bridge')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a bridge: a local WAV file played to everyone in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;bridge' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the bridges')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a bridge')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one bridge')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy a bridge (its channels stay up)')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a bridge variable')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a bridge variable')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several bridge variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several bridge variables at once')
            [CompletionResult]::new('add-channel', 'add-channel', [CompletionResultType]::ParameterValue, 'Put channels into a bridge')
            [CompletionResult]::new('remove-channel', 'remove-channel', [CompletionResultType]::ParameterValue, 'Take channels out of a bridge')
            [CompletionResult]::new('set-video-source', 'set-video-source', [CompletionResultType]::ParameterValue, 'Show one channel''s video to everyone in the bridge')
            [CompletionResult]::new('clear-video-source', 'clear-video-source', [CompletionResultType]::ParameterValue, 'Go back to talker-driven video in the bridge')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to the bridge')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold in the bridge')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play media to every channel in the bridge')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the mixed audio of the bridge')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a bridge: a local WAV file played to everyone in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;bridges;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Bridge features, comma list: mixing, holding, dtmf_events, proxy_media, video_sfu, video_single, sdp_label [string]')
            [CompletionResult]::new('--bridge-id', '--bridge-id', [CompletionResultType]::ParameterName, 'Id for the new bridge (or use --id) [string]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the bridge, shown in listings [string]')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Bridge id of your choosing: sends POST /bridges/{bridgeId}')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Bridge features, comma list: mixing, holding, dtmf_events, proxy_media, video_sfu, video_single, sdp_label [string]')
            [CompletionResult]::new('--bridge-id', '--bridge-id', [CompletionResultType]::ParameterName, 'Id for the new bridge (or use --id) [string]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the bridge, shown in listings [string]')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Bridge id of your choosing: sends POST /bridges/{bridgeId}')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;destroy' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;destroy' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;get-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;get-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;set-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'New value; omit to unset [string]')
            [CompletionResult]::new('--report-events', '--report-events', [CompletionResultType]::ParameterName, 'Send ChannelVarset events when the variable changes [boolean, server default: false]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;set-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'New value; omit to unset [string]')
            [CompletionResult]::new('--report-events', '--report-events', [CompletionResultType]::ParameterName, 'Send ChannelVarset events when the variable changes [boolean, server default: false]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;get-vars' {
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'Variable names [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;get-vars' {
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'Variable names [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;set-vars' {
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable (required)')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;set-vars' {
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable (required)')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;add-channel' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel ids [string, required, repeatable or comma list]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role of the channel in the bridge [string]')
            [CompletionResult]::new('--absorb-dtmf', '--absorb-dtmf', [CompletionResultType]::ParameterName, 'Swallow the channel''s DTMF instead of passing it to the bridge [boolean, server default: false]')
            [CompletionResult]::new('--mute', '--mute', [CompletionResultType]::ParameterName, 'Mute the channel''s audio into the bridge [boolean, server default: false]')
            [CompletionResult]::new('--inhibit-connected-line-updates', '--inhibit-connected-line-updates', [CompletionResultType]::ParameterName, 'Do not update connected line information on entering [boolean, server default: false]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;add-channel' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel ids [string, required, repeatable or comma list]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role of the channel in the bridge [string]')
            [CompletionResult]::new('--absorb-dtmf', '--absorb-dtmf', [CompletionResultType]::ParameterName, 'Swallow the channel''s DTMF instead of passing it to the bridge [boolean, server default: false]')
            [CompletionResult]::new('--mute', '--mute', [CompletionResultType]::ParameterName, 'Mute the channel''s audio into the bridge [boolean, server default: false]')
            [CompletionResult]::new('--inhibit-connected-line-updates', '--inhibit-connected-line-updates', [CompletionResultType]::ParameterName, 'Do not update connected line information on entering [boolean, server default: false]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;remove-channel' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel ids [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;remove-channel' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel ids [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;set-video-source' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;set-video-source' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;clear-video-source' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;clear-video-source' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;start-moh' {
            [CompletionResult]::new('--moh-class', '--moh-class', [CompletionResultType]::ParameterName, 'Music on hold class [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;start-moh' {
            [CompletionResult]::new('--moh-class', '--moh-class', [CompletionResultType]::ParameterName, 'Music on hold class [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;stop-moh' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;stop-moh' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;play' {
            [CompletionResult]::new('--media', '--media', [CompletionResultType]::ParameterName, 'Media URIs: sound:, recording:, number:, digits:, characters:, tone: [string, required, repeatable or comma list]')
            [CompletionResult]::new('--announcer-format', '--announcer-format', [CompletionResultType]::ParameterName, 'Audio format of the announcer channel (for mixing bridges) [string]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the sounds, e.g. en, fr [string]')
            [CompletionResult]::new('--offsetms', '--offsetms', [CompletionResultType]::ParameterName, 'Start this many milliseconds into the media [int, server default: 0]')
            [CompletionResult]::new('--skipms', '--skipms', [CompletionResultType]::ParameterName, 'Milliseconds to skip on forward and reverse [int, server default: 3000]')
            [CompletionResult]::new('--playback-id', '--playback-id', [CompletionResultType]::ParameterName, 'Playback id [string]; sends POST /bridges/{bridgeId}/play/{playbackId}')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;play' {
            [CompletionResult]::new('--media', '--media', [CompletionResultType]::ParameterName, 'Media URIs: sound:, recording:, number:, digits:, characters:, tone: [string, required, repeatable or comma list]')
            [CompletionResult]::new('--announcer-format', '--announcer-format', [CompletionResultType]::ParameterName, 'Audio format of the announcer channel (for mixing bridges) [string]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the sounds, e.g. en, fr [string]')
            [CompletionResult]::new('--offsetms', '--offsetms', [CompletionResultType]::ParameterName, 'Start this many milliseconds into the media [int, server default: 0]')
            [CompletionResult]::new('--skipms', '--skipms', [CompletionResultType]::ParameterName, 'Milliseconds to skip on forward and reverse [int, server default: 3000]')
            [CompletionResult]::new('--playback-id', '--playback-id', [CompletionResultType]::ParameterName, 'Playback id [string]; sends POST /bridges/{bridgeId}/play/{playbackId}')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;record' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the recording: the file name without extension [string, required]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Audio format, e.g. wav, ulaw, gsm [string, required]')
            [CompletionResult]::new('--recorder-format', '--recorder-format', [CompletionResultType]::ParameterName, 'Audio format of the recorder channel [string]')
            [CompletionResult]::new('--max-duration-seconds', '--max-duration-seconds', [CompletionResultType]::ParameterName, 'Stop recording after this many seconds (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--max-silence-seconds', '--max-silence-seconds', [CompletionResultType]::ParameterName, 'Stop recording after this many seconds of silence (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when a recording of that name exists [string, server default: fail]')
            [CompletionResult]::new('--beep', '--beep', [CompletionResultType]::ParameterName, 'Play a beep before recording starts [boolean, server default: false]')
            [CompletionResult]::new('--terminate-on', '--terminate-on', [CompletionResultType]::ParameterName, 'DTMF digit that ends the recording [string, server default: none]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;record' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the recording: the file name without extension [string, required]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Audio format, e.g. wav, ulaw, gsm [string, required]')
            [CompletionResult]::new('--recorder-format', '--recorder-format', [CompletionResultType]::ParameterName, 'Audio format of the recorder channel [string]')
            [CompletionResult]::new('--max-duration-seconds', '--max-duration-seconds', [CompletionResultType]::ParameterName, 'Stop recording after this many seconds (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--max-silence-seconds', '--max-silence-seconds', [CompletionResultType]::ParameterName, 'Stop recording after this many seconds of silence (0: no limit) [int, server default: 0]')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when a recording of that name exists [string, server default: fail]')
            [CompletionResult]::new('--beep', '--beep', [CompletionResultType]::ParameterName, 'Play a beep before recording starts [boolean, server default: false]')
            [CompletionResult]::new('--terminate-on', '--terminate-on', [CompletionResultType]::ParameterName, 'DTMF digit that ends the recording [string, server default: none]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after SECS with exit 9 [default: 60]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;inject' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The audio: a WAV file, or - for a WAV stream on stdin (sent as it comes)')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it')
            [CompletionResult]::new('--rtp-address', '--rtp-address', [CompletionResultType]::ParameterName, 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridge;inject' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The audio: a WAV file, or - for a WAV stream on stdin (sent as it comes)')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it')
            [CompletionResult]::new('--rtp-address', '--rtp-address', [CompletionResultType]::ParameterName, 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;bridges;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the bridges')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a bridge')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one bridge')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy a bridge (its channels stay up)')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a bridge variable')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a bridge variable')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several bridge variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several bridge variables at once')
            [CompletionResult]::new('add-channel', 'add-channel', [CompletionResultType]::ParameterValue, 'Put channels into a bridge')
            [CompletionResult]::new('remove-channel', 'remove-channel', [CompletionResultType]::ParameterValue, 'Take channels out of a bridge')
            [CompletionResult]::new('set-video-source', 'set-video-source', [CompletionResultType]::ParameterValue, 'Show one channel''s video to everyone in the bridge')
            [CompletionResult]::new('clear-video-source', 'clear-video-source', [CompletionResultType]::ParameterValue, 'Go back to talker-driven video in the bridge')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to the bridge')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold in the bridge')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play media to every channel in the bridge')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the mixed audio of the bridge')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a bridge: a local WAV file played to everyone in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;bridges;help;list' {
            break
        }
        'ari;bridges;help;create' {
            break
        }
        'ari;bridges;help;get' {
            break
        }
        'ari;bridges;help;destroy' {
            break
        }
        'ari;bridges;help;get-var' {
            break
        }
        'ari;bridges;help;set-var' {
            break
        }
        'ari;bridges;help;get-vars' {
            break
        }
        'ari;bridges;help;set-vars' {
            break
        }
        'ari;bridges;help;add-channel' {
            break
        }
        'ari;bridges;help;remove-channel' {
            break
        }
        'ari;bridges;help;set-video-source' {
            break
        }
        'ari;bridges;help;clear-video-source' {
            break
        }
        'ari;bridges;help;start-moh' {
            break
        }
        'ari;bridges;help;stop-moh' {
            break
        }
        'ari;bridges;help;play' {
            break
        }
        'ari;bridges;help;record' {
            break
        }
        'ari;bridges;help;inject' {
            break
        }
        'ari;bridges;help;help' {
            break
        }
        'ari;bridge;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the bridges')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a bridge')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one bridge')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy a bridge (its channels stay up)')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a bridge variable')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a bridge variable')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several bridge variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several bridge variables at once')
            [CompletionResult]::new('add-channel', 'add-channel', [CompletionResultType]::ParameterValue, 'Put channels into a bridge')
            [CompletionResult]::new('remove-channel', 'remove-channel', [CompletionResultType]::ParameterValue, 'Take channels out of a bridge')
            [CompletionResult]::new('set-video-source', 'set-video-source', [CompletionResultType]::ParameterValue, 'Show one channel''s video to everyone in the bridge')
            [CompletionResult]::new('clear-video-source', 'clear-video-source', [CompletionResultType]::ParameterValue, 'Go back to talker-driven video in the bridge')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to the bridge')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold in the bridge')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play media to every channel in the bridge')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the mixed audio of the bridge')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a bridge: a local WAV file played to everyone in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;bridge;help;list' {
            break
        }
        'ari;bridge;help;create' {
            break
        }
        'ari;bridge;help;get' {
            break
        }
        'ari;bridge;help;destroy' {
            break
        }
        'ari;bridge;help;get-var' {
            break
        }
        'ari;bridge;help;set-var' {
            break
        }
        'ari;bridge;help;get-vars' {
            break
        }
        'ari;bridge;help;set-vars' {
            break
        }
        'ari;bridge;help;add-channel' {
            break
        }
        'ari;bridge;help;remove-channel' {
            break
        }
        'ari;bridge;help;set-video-source' {
            break
        }
        'ari;bridge;help;clear-video-source' {
            break
        }
        'ari;bridge;help;start-moh' {
            break
        }
        'ari;bridge;help;stop-moh' {
            break
        }
        'ari;bridge;help;play' {
            break
        }
        'ari;bridge;help;record' {
            break
        }
        'ari;bridge;help;inject' {
            break
        }
        'ari;bridge;help;help' {
            break
        }
        'ari;endpoints' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all endpoints')
            [CompletionResult]::new('send-message', 'send-message', [CompletionResultType]::ParameterValue, 'Send a text message (SIP MESSAGE) to a URI')
            [CompletionResult]::new('refer', 'refer', [CompletionResultType]::ParameterValue, 'Send a SIP REFER to a URI')
            [CompletionResult]::new('list-by-tech', 'list-by-tech', [CompletionResultType]::ParameterValue, 'List the endpoints of one technology')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one endpoint and its channels')
            [CompletionResult]::new('send-message-to-endpoint', 'send-message-to-endpoint', [CompletionResultType]::ParameterValue, 'Send a text message to one endpoint')
            [CompletionResult]::new('refer-to-endpoint', 'refer-to-endpoint', [CompletionResultType]::ParameterValue, 'Send a SIP REFER to one endpoint')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;endpoint' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all endpoints')
            [CompletionResult]::new('send-message', 'send-message', [CompletionResultType]::ParameterValue, 'Send a text message (SIP MESSAGE) to a URI')
            [CompletionResult]::new('refer', 'refer', [CompletionResultType]::ParameterValue, 'Send a SIP REFER to a URI')
            [CompletionResult]::new('list-by-tech', 'list-by-tech', [CompletionResultType]::ParameterValue, 'List the endpoints of one technology')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one endpoint and its channels')
            [CompletionResult]::new('send-message-to-endpoint', 'send-message-to-endpoint', [CompletionResultType]::ParameterValue, 'Send a text message to one endpoint')
            [CompletionResult]::new('refer-to-endpoint', 'refer-to-endpoint', [CompletionResultType]::ParameterValue, 'Send a SIP REFER to one endpoint')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;endpoints;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoint;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoints;send-message' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Destination URI [string, required]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender URI or endpoint [string, required]')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'Text of the message [string]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoint;send-message' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Destination URI [string, required]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender URI or endpoint [string, required]')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'Text of the message [string]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoints;refer' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Destination URI [string, required]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender URI or endpoint [string, required]')
            [CompletionResult]::new('--refer-to', '--refer-to', [CompletionResultType]::ParameterName, 'URI to refer the far end to [string, required]')
            [CompletionResult]::new('--to-self', '--to-self', [CompletionResultType]::ParameterName, 'Let the far end refer to itself [boolean, server default: false]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoint;refer' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Destination URI [string, required]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender URI or endpoint [string, required]')
            [CompletionResult]::new('--refer-to', '--refer-to', [CompletionResultType]::ParameterName, 'URI to refer the far end to [string, required]')
            [CompletionResult]::new('--to-self', '--to-self', [CompletionResultType]::ParameterName, 'Let the far end refer to itself [boolean, server default: false]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoints;list-by-tech' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoint;list-by-tech' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoints;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoint;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoints;send-message-to-endpoint' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender URI or endpoint [string, required]')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'Text of the message [string]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoint;send-message-to-endpoint' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender URI or endpoint [string, required]')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'Text of the message [string]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoints;refer-to-endpoint' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender URI or endpoint [string, required]')
            [CompletionResult]::new('--refer-to', '--refer-to', [CompletionResultType]::ParameterName, 'URI to refer the far end to [string, required]')
            [CompletionResult]::new('--to-self', '--to-self', [CompletionResultType]::ParameterName, 'Let the far end refer to itself [boolean, server default: false]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoint;refer-to-endpoint' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender URI or endpoint [string, required]')
            [CompletionResult]::new('--refer-to', '--refer-to', [CompletionResultType]::ParameterName, 'URI to refer the far end to [string, required]')
            [CompletionResult]::new('--to-self', '--to-self', [CompletionResultType]::ParameterName, 'Let the far end refer to itself [boolean, server default: false]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;endpoints;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all endpoints')
            [CompletionResult]::new('send-message', 'send-message', [CompletionResultType]::ParameterValue, 'Send a text message (SIP MESSAGE) to a URI')
            [CompletionResult]::new('refer', 'refer', [CompletionResultType]::ParameterValue, 'Send a SIP REFER to a URI')
            [CompletionResult]::new('list-by-tech', 'list-by-tech', [CompletionResultType]::ParameterValue, 'List the endpoints of one technology')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one endpoint and its channels')
            [CompletionResult]::new('send-message-to-endpoint', 'send-message-to-endpoint', [CompletionResultType]::ParameterValue, 'Send a text message to one endpoint')
            [CompletionResult]::new('refer-to-endpoint', 'refer-to-endpoint', [CompletionResultType]::ParameterValue, 'Send a SIP REFER to one endpoint')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;endpoints;help;list' {
            break
        }
        'ari;endpoints;help;send-message' {
            break
        }
        'ari;endpoints;help;refer' {
            break
        }
        'ari;endpoints;help;list-by-tech' {
            break
        }
        'ari;endpoints;help;get' {
            break
        }
        'ari;endpoints;help;send-message-to-endpoint' {
            break
        }
        'ari;endpoints;help;refer-to-endpoint' {
            break
        }
        'ari;endpoints;help;help' {
            break
        }
        'ari;endpoint;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all endpoints')
            [CompletionResult]::new('send-message', 'send-message', [CompletionResultType]::ParameterValue, 'Send a text message (SIP MESSAGE) to a URI')
            [CompletionResult]::new('refer', 'refer', [CompletionResultType]::ParameterValue, 'Send a SIP REFER to a URI')
            [CompletionResult]::new('list-by-tech', 'list-by-tech', [CompletionResultType]::ParameterValue, 'List the endpoints of one technology')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one endpoint and its channels')
            [CompletionResult]::new('send-message-to-endpoint', 'send-message-to-endpoint', [CompletionResultType]::ParameterValue, 'Send a text message to one endpoint')
            [CompletionResult]::new('refer-to-endpoint', 'refer-to-endpoint', [CompletionResultType]::ParameterValue, 'Send a SIP REFER to one endpoint')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;endpoint;help;list' {
            break
        }
        'ari;endpoint;help;send-message' {
            break
        }
        'ari;endpoint;help;refer' {
            break
        }
        'ari;endpoint;help;list-by-tech' {
            break
        }
        'ari;endpoint;help;get' {
            break
        }
        'ari;endpoint;help;send-message-to-endpoint' {
            break
        }
        'ari;endpoint;help;refer-to-endpoint' {
            break
        }
        'ari;endpoint;help;help' {
            break
        }
        'ari;applications' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered Stasis applications')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one application and its subscriptions')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe an application to the events of channels, bridges, endpoints or devices')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe an application from event sources')
            [CompletionResult]::new('filter', 'filter', [CompletionResultType]::ParameterValue, 'Choose which event types an application receives')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;apps' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered Stasis applications')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one application and its subscriptions')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe an application to the events of channels, bridges, endpoints or devices')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe an application from event sources')
            [CompletionResult]::new('filter', 'filter', [CompletionResultType]::ParameterValue, 'Choose which event types an application receives')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;app' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered Stasis applications')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one application and its subscriptions')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe an application to the events of channels, bridges, endpoints or devices')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe an application from event sources')
            [CompletionResult]::new('filter', 'filter', [CompletionResultType]::ParameterValue, 'Choose which event types an application receives')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;applications;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;apps;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;app;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;applications;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;apps;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;app;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;applications;subscribe' {
            [CompletionResult]::new('--event-source', '--event-source', [CompletionResultType]::ParameterName, 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;apps;subscribe' {
            [CompletionResult]::new('--event-source', '--event-source', [CompletionResultType]::ParameterName, 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;app;subscribe' {
            [CompletionResult]::new('--event-source', '--event-source', [CompletionResultType]::ParameterName, 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;applications;unsubscribe' {
            [CompletionResult]::new('--event-source', '--event-source', [CompletionResultType]::ParameterName, 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;apps;unsubscribe' {
            [CompletionResult]::new('--event-source', '--event-source', [CompletionResultType]::ParameterName, 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;app;unsubscribe' {
            [CompletionResult]::new('--event-source', '--event-source', [CompletionResultType]::ParameterName, 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;applications;filter' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;apps;filter' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;app;filter' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;applications;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered Stasis applications')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one application and its subscriptions')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe an application to the events of channels, bridges, endpoints or devices')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe an application from event sources')
            [CompletionResult]::new('filter', 'filter', [CompletionResultType]::ParameterValue, 'Choose which event types an application receives')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;applications;help;list' {
            break
        }
        'ari;applications;help;get' {
            break
        }
        'ari;applications;help;subscribe' {
            break
        }
        'ari;applications;help;unsubscribe' {
            break
        }
        'ari;applications;help;filter' {
            break
        }
        'ari;applications;help;help' {
            break
        }
        'ari;apps;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered Stasis applications')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one application and its subscriptions')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe an application to the events of channels, bridges, endpoints or devices')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe an application from event sources')
            [CompletionResult]::new('filter', 'filter', [CompletionResultType]::ParameterValue, 'Choose which event types an application receives')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;apps;help;list' {
            break
        }
        'ari;apps;help;get' {
            break
        }
        'ari;apps;help;subscribe' {
            break
        }
        'ari;apps;help;unsubscribe' {
            break
        }
        'ari;apps;help;filter' {
            break
        }
        'ari;apps;help;help' {
            break
        }
        'ari;app;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered Stasis applications')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one application and its subscriptions')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe an application to the events of channels, bridges, endpoints or devices')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe an application from event sources')
            [CompletionResult]::new('filter', 'filter', [CompletionResultType]::ParameterValue, 'Choose which event types an application receives')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;app;help;list' {
            break
        }
        'ari;app;help;get' {
            break
        }
        'ari;app;help;subscribe' {
            break
        }
        'ari;app;help;unsubscribe' {
            break
        }
        'ari;app;help;filter' {
            break
        }
        'ari;app;help;help' {
            break
        }
        'ari;asterisk' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('get-config', 'get-config', [CompletionResultType]::ParameterValue, 'Read a dynamic configuration object (sorcery)')
            [CompletionResult]::new('set-config', 'set-config', [CompletionResultType]::ParameterValue, 'Create or update a dynamic configuration object')
            [CompletionResult]::new('delete-config', 'delete-config', [CompletionResultType]::ParameterValue, 'Delete a dynamic configuration object')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Version, build, configuration and status of the server')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Check that the server answers')
            [CompletionResult]::new('list-modules', 'list-modules', [CompletionResultType]::ParameterValue, 'List the loaded modules')
            [CompletionResult]::new('get-module', 'get-module', [CompletionResultType]::ParameterValue, 'Show one module')
            [CompletionResult]::new('load-module', 'load-module', [CompletionResultType]::ParameterValue, 'Load a module')
            [CompletionResult]::new('unload-module', 'unload-module', [CompletionResultType]::ParameterValue, 'Unload a module')
            [CompletionResult]::new('reload-module', 'reload-module', [CompletionResultType]::ParameterValue, 'Reload a module')
            [CompletionResult]::new('list-logs', 'list-logs', [CompletionResultType]::ParameterValue, 'List the log channels')
            [CompletionResult]::new('add-log', 'add-log', [CompletionResultType]::ParameterValue, 'Add a log channel')
            [CompletionResult]::new('delete-log', 'delete-log', [CompletionResultType]::ParameterValue, 'Delete a log channel')
            [CompletionResult]::new('rotate-log', 'rotate-log', [CompletionResultType]::ParameterValue, 'Rotate a log channel')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a global variable')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a global variable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;asterisk;get-config' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;set-config' {
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Configuration field, sent as {"fields": [{"attribute": KEY, "value": VALUE}]}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;delete-config' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;info' {
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Sections to return: build, system, config, status [string, repeatable or comma list]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;ping' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;list-modules' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;get-module' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;load-module' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;unload-module' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;reload-module' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;list-logs' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;add-log' {
            [CompletionResult]::new('--configuration', '--configuration', [CompletionResultType]::ParameterName, 'Log levels of the channel, e.g. ''notice,warning,error'' [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;delete-log' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;rotate-log' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;get-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;set-var' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'New value; omit to unset [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;asterisk;help' {
            [CompletionResult]::new('get-config', 'get-config', [CompletionResultType]::ParameterValue, 'Read a dynamic configuration object (sorcery)')
            [CompletionResult]::new('set-config', 'set-config', [CompletionResultType]::ParameterValue, 'Create or update a dynamic configuration object')
            [CompletionResult]::new('delete-config', 'delete-config', [CompletionResultType]::ParameterValue, 'Delete a dynamic configuration object')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Version, build, configuration and status of the server')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Check that the server answers')
            [CompletionResult]::new('list-modules', 'list-modules', [CompletionResultType]::ParameterValue, 'List the loaded modules')
            [CompletionResult]::new('get-module', 'get-module', [CompletionResultType]::ParameterValue, 'Show one module')
            [CompletionResult]::new('load-module', 'load-module', [CompletionResultType]::ParameterValue, 'Load a module')
            [CompletionResult]::new('unload-module', 'unload-module', [CompletionResultType]::ParameterValue, 'Unload a module')
            [CompletionResult]::new('reload-module', 'reload-module', [CompletionResultType]::ParameterValue, 'Reload a module')
            [CompletionResult]::new('list-logs', 'list-logs', [CompletionResultType]::ParameterValue, 'List the log channels')
            [CompletionResult]::new('add-log', 'add-log', [CompletionResultType]::ParameterValue, 'Add a log channel')
            [CompletionResult]::new('delete-log', 'delete-log', [CompletionResultType]::ParameterValue, 'Delete a log channel')
            [CompletionResult]::new('rotate-log', 'rotate-log', [CompletionResultType]::ParameterValue, 'Rotate a log channel')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a global variable')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a global variable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;asterisk;help;get-config' {
            break
        }
        'ari;asterisk;help;set-config' {
            break
        }
        'ari;asterisk;help;delete-config' {
            break
        }
        'ari;asterisk;help;info' {
            break
        }
        'ari;asterisk;help;ping' {
            break
        }
        'ari;asterisk;help;list-modules' {
            break
        }
        'ari;asterisk;help;get-module' {
            break
        }
        'ari;asterisk;help;load-module' {
            break
        }
        'ari;asterisk;help;unload-module' {
            break
        }
        'ari;asterisk;help;reload-module' {
            break
        }
        'ari;asterisk;help;list-logs' {
            break
        }
        'ari;asterisk;help;add-log' {
            break
        }
        'ari;asterisk;help;delete-log' {
            break
        }
        'ari;asterisk;help;rotate-log' {
            break
        }
        'ari;asterisk;help;get-var' {
            break
        }
        'ari;asterisk;help;set-var' {
            break
        }
        'ari;asterisk;help;help' {
            break
        }
        'ari;playbacks' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one playback')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a playback')
            [CompletionResult]::new('control', 'control', [CompletionResultType]::ParameterValue, 'Pause, unpause, restart, rewind or fast-forward a playback')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;playback' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one playback')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a playback')
            [CompletionResult]::new('control', 'control', [CompletionResultType]::ParameterValue, 'Pause, unpause, restart, rewind or fast-forward a playback')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;playbacks;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;playback;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;playbacks;stop' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;playback;stop' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;playbacks;control' {
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'What to do with the playback [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;playback;control' {
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'What to do with the playback [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;playbacks;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one playback')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a playback')
            [CompletionResult]::new('control', 'control', [CompletionResultType]::ParameterValue, 'Pause, unpause, restart, rewind or fast-forward a playback')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;playbacks;help;get' {
            break
        }
        'ari;playbacks;help;stop' {
            break
        }
        'ari;playbacks;help;control' {
            break
        }
        'ari;playbacks;help;help' {
            break
        }
        'ari;playback;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one playback')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a playback')
            [CompletionResult]::new('control', 'control', [CompletionResultType]::ParameterValue, 'Pause, unpause, restart, rewind or fast-forward a playback')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;playback;help;get' {
            break
        }
        'ari;playback;help;stop' {
            break
        }
        'ari;playback;help;control' {
            break
        }
        'ari;playback;help;help' {
            break
        }
        'ari;recordings' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored recordings')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one stored recording')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a stored recording')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download the audio of a stored recording (--to FILE, or stdout when piped)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a stored recording')
            [CompletionResult]::new('get-live', 'get-live', [CompletionResultType]::ParameterValue, 'Show a recording in progress')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Stop a recording in progress and throw it away')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a recording in progress and keep it')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause a recording in progress')
            [CompletionResult]::new('unpause', 'unpause', [CompletionResultType]::ParameterValue, 'Resume a paused recording')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Record silence instead of the audio until unmuted')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Record the audio again after a mute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;recording' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored recordings')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one stored recording')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a stored recording')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download the audio of a stored recording (--to FILE, or stdout when piped)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a stored recording')
            [CompletionResult]::new('get-live', 'get-live', [CompletionResultType]::ParameterValue, 'Show a recording in progress')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Stop a recording in progress and throw it away')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a recording in progress and keep it')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause a recording in progress')
            [CompletionResult]::new('unpause', 'unpause', [CompletionResultType]::ParameterValue, 'Resume a paused recording')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Record silence instead of the audio until unmuted')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Record the audio again after a mute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;recordings;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;delete' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;delete' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;download' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Write the audio to FILE (default: stdout, when it is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;download' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Write the audio to FILE (default: stdout, when it is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;copy' {
            [CompletionResult]::new('--destination-recording-name', '--destination-recording-name', [CompletionResultType]::ParameterName, 'Name of the copy [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;copy' {
            [CompletionResult]::new('--destination-recording-name', '--destination-recording-name', [CompletionResultType]::ParameterName, 'Name of the copy [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;get-live' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;get-live' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;cancel' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;cancel' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;stop' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;stop' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;pause' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;pause' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;unpause' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;unpause' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;mute' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;mute' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;unmute' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recording;unmute' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;recordings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored recordings')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one stored recording')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a stored recording')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download the audio of a stored recording (--to FILE, or stdout when piped)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a stored recording')
            [CompletionResult]::new('get-live', 'get-live', [CompletionResultType]::ParameterValue, 'Show a recording in progress')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Stop a recording in progress and throw it away')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a recording in progress and keep it')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause a recording in progress')
            [CompletionResult]::new('unpause', 'unpause', [CompletionResultType]::ParameterValue, 'Resume a paused recording')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Record silence instead of the audio until unmuted')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Record the audio again after a mute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;recordings;help;list' {
            break
        }
        'ari;recordings;help;get' {
            break
        }
        'ari;recordings;help;delete' {
            break
        }
        'ari;recordings;help;download' {
            break
        }
        'ari;recordings;help;copy' {
            break
        }
        'ari;recordings;help;get-live' {
            break
        }
        'ari;recordings;help;cancel' {
            break
        }
        'ari;recordings;help;stop' {
            break
        }
        'ari;recordings;help;pause' {
            break
        }
        'ari;recordings;help;unpause' {
            break
        }
        'ari;recordings;help;mute' {
            break
        }
        'ari;recordings;help;unmute' {
            break
        }
        'ari;recordings;help;help' {
            break
        }
        'ari;recording;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored recordings')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one stored recording')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a stored recording')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download the audio of a stored recording (--to FILE, or stdout when piped)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a stored recording')
            [CompletionResult]::new('get-live', 'get-live', [CompletionResultType]::ParameterValue, 'Show a recording in progress')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Stop a recording in progress and throw it away')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a recording in progress and keep it')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause a recording in progress')
            [CompletionResult]::new('unpause', 'unpause', [CompletionResultType]::ParameterValue, 'Resume a paused recording')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Record silence instead of the audio until unmuted')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Record the audio again after a mute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;recording;help;list' {
            break
        }
        'ari;recording;help;get' {
            break
        }
        'ari;recording;help;delete' {
            break
        }
        'ari;recording;help;download' {
            break
        }
        'ari;recording;help;copy' {
            break
        }
        'ari;recording;help;get-live' {
            break
        }
        'ari;recording;help;cancel' {
            break
        }
        'ari;recording;help;stop' {
            break
        }
        'ari;recording;help;pause' {
            break
        }
        'ari;recording;help;unpause' {
            break
        }
        'ari;recording;help;mute' {
            break
        }
        'ari;recording;help;unmute' {
            break
        }
        'ari;recording;help;help' {
            break
        }
        'ari;sounds' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the installed sound prompts')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one sound prompt and its languages and formats')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;sound' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the installed sound prompts')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one sound prompt and its languages and formats')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;sounds;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Only sounds in this language [string]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Only sounds in this format [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;sound;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Only sounds in this language [string]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Only sounds in this format [string]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;sounds;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;sound;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;sounds;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the installed sound prompts')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one sound prompt and its languages and formats')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;sounds;help;list' {
            break
        }
        'ari;sounds;help;get' {
            break
        }
        'ari;sounds;help;help' {
            break
        }
        'ari;sound;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the installed sound prompts')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one sound prompt and its languages and formats')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;sound;help;list' {
            break
        }
        'ari;sound;help;get' {
            break
        }
        'ari;sound;help;help' {
            break
        }
        'ari;device-states' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the device states that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one device state')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a device state (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a device state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;deviceStates' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the device states that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one device state')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a device state (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a device state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;devicestates' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the device states that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one device state')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a device state (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a device state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;device-states;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;deviceStates;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;devicestates;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;device-states;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;deviceStates;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;devicestates;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;device-states;update' {
            [CompletionResult]::new('--device-state', '--device-state', [CompletionResultType]::ParameterName, 'New state of the device [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;deviceStates;update' {
            [CompletionResult]::new('--device-state', '--device-state', [CompletionResultType]::ParameterName, 'New state of the device [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;devicestates;update' {
            [CompletionResult]::new('--device-state', '--device-state', [CompletionResultType]::ParameterName, 'New state of the device [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;device-states;delete' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;deviceStates;delete' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;devicestates;delete' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;device-states;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the device states that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one device state')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a device state (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a device state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;device-states;help;list' {
            break
        }
        'ari;device-states;help;get' {
            break
        }
        'ari;device-states;help;update' {
            break
        }
        'ari;device-states;help;delete' {
            break
        }
        'ari;device-states;help;help' {
            break
        }
        'ari;deviceStates;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the device states that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one device state')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a device state (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a device state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;deviceStates;help;list' {
            break
        }
        'ari;deviceStates;help;get' {
            break
        }
        'ari;deviceStates;help;update' {
            break
        }
        'ari;deviceStates;help;delete' {
            break
        }
        'ari;deviceStates;help;help' {
            break
        }
        'ari;devicestates;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the device states that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one device state')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a device state (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a device state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;devicestates;help;list' {
            break
        }
        'ari;devicestates;help;get' {
            break
        }
        'ari;devicestates;help;update' {
            break
        }
        'ari;devicestates;help;delete' {
            break
        }
        'ari;devicestates;help;help' {
            break
        }
        'ari;mailboxes' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mailboxes that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one mailbox''s message counts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set a mailbox''s message counts (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;mailbox' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mailboxes that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one mailbox''s message counts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set a mailbox''s message counts (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;mailboxes;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;mailbox;list' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;mailboxes;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;mailbox;get' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;mailboxes;update' {
            [CompletionResult]::new('--old-messages', '--old-messages', [CompletionResultType]::ParameterName, 'Number of old messages [int, required]')
            [CompletionResult]::new('--new-messages', '--new-messages', [CompletionResultType]::ParameterName, 'Number of new messages [int, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;mailbox;update' {
            [CompletionResult]::new('--old-messages', '--old-messages', [CompletionResultType]::ParameterName, 'Number of old messages [int, required]')
            [CompletionResult]::new('--new-messages', '--new-messages', [CompletionResultType]::ParameterName, 'Number of new messages [int, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;mailboxes;delete' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;mailbox;delete' {
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;mailboxes;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mailboxes that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one mailbox''s message counts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set a mailbox''s message counts (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;mailboxes;help;list' {
            break
        }
        'ari;mailboxes;help;get' {
            break
        }
        'ari;mailboxes;help;update' {
            break
        }
        'ari;mailboxes;help;delete' {
            break
        }
        'ari;mailboxes;help;help' {
            break
        }
        'ari;mailbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mailboxes that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one mailbox''s message counts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set a mailbox''s message counts (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;mailbox;help;list' {
            break
        }
        'ari;mailbox;help;get' {
            break
        }
        'ari;mailbox;help;update' {
            break
        }
        'ari;mailbox;help;delete' {
            break
        }
        'ari;mailbox;help;help' {
            break
        }
        'ari;events' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Application(s) to register [default: the profile''s app, else a private name]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only event types matching GLOB (e.g. ''Channel*''); repeatable')
            [CompletionResult]::new('--exclude-type', '--exclude-type', [CompletionResultType]::ParameterName, 'Leave out event types matching GLOB; repeatable')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Only events about this channel (also its playbacks, recordings and bridges)')
            [CompletionResult]::new('--bridge', '--bridge', [CompletionResultType]::ParameterName, 'Only events about this bridge')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only events whose field at PATH equals VALUE (e.g. channel.state=Up); repeatable')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Be the server Asterisk''s outbound WebSocket connects to [default: 127.0.0.1:8765]; prints the Asterisk configuration')
            [CompletionResult]::new('--call', '--call', [CompletionResultType]::ParameterName, 'Only one call: a channel id (or linkedid), or the first channel whose name, caller name or number starts with ID (Local/dtmf: Local/dtmf@lab-00000001;1); with its other legs, bridges, playbacks and recordings')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit 0 after N events')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Exit 0 after printing the first event whose type matches GLOB')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Print only the first event whose type matches GLOB, then exit 0 (for scripts: one event, one --jq value)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after SECS with exit 9')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Ping the server every SECS; no answer means a dead connection')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Also append every frame received to FILE (one JSON line each, whatever the filters show), for --replay')
            [CompletionResult]::new('--replay', '--replay', [CompletionResultType]::ParameterName, 'Read the events from FILE (a --record recording, `ari events -o json` output or a websocat capture) instead of a server')
            [CompletionResult]::new('--speed', '--speed', [CompletionResultType]::ParameterName, 'With --replay: N times as fast as recorded (1 is real time) [default: max, as fast as it can]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'With --listen: serve wss:// with this PEM certificate (chain)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'With --listen: the PEM private key of --cert')
            [CompletionResult]::new('--subscribe-all', '--subscribe-all', [CompletionResultType]::ParameterName, 'Receive every channel, bridge and endpoint event, not only the application''s')
            [CompletionResult]::new('--take-over', '--take-over', [CompletionResultType]::ParameterName, 'Take an application that another connection holds (it gets ApplicationReplaced)')
            [CompletionResult]::new('--relative', '--relative', [CompletionResultType]::ParameterName, 'Summary lines show the time since their call''s first event (+1.234), not the clock')
            [CompletionResult]::new('--no-reconnect', '--no-reconnect', [CompletionResultType]::ParameterName, 'Exit 3 when the connection drops instead of reconnecting')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Send a user event to an application')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim a channel broadcast to several applications')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;events;user' {
            [CompletionResult]::new('--application', '--application', [CompletionResultType]::ParameterName, 'Name of the Stasis application [string, required]')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Event sources the event is about: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, repeatable or comma list]')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable to set, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;events;claim' {
            [CompletionResult]::new('--channel-id', '--channel-id', [CompletionResultType]::ParameterName, 'Channel id [string, required]')
            [CompletionResult]::new('--application', '--application', [CompletionResultType]::ParameterName, 'Name of the Stasis application [string, required]')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;events;help' {
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Send a user event to an application')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim a channel broadcast to several applications')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;events;help;user' {
            break
        }
        'ari;events;help;claim' {
            break
        }
        'ari;events;help;help' {
            break
        }
        'ari;raw' {
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Variable, sent as {"variables": {...}}; repeatable')
            [CompletionResult]::new('--json-body', '--json-body', [CompletionResultType]::ParameterName, 'Send this JSON document as the request body')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;profile' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles; * marks the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in use and where each comes from (secrets masked)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile from --url, -u, -k, --cacert, --max-time and the options below')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Name several profiles at once, for -p GROUP (the [groups] table)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;profile;list' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;profile;show' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;profile;add' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Default application for `ari events`')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from this environment variable at run time')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run this command at run time; its output is the password')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Store no password')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make it the default profile')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a profile of the same name')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Do not try the URL and credentials once the profile is saved')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;profile;remove' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;profile;use' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;profile;group' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create or replace a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group (its profiles stay)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the groups and their profiles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;profile;group;add' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;profile;group;remove' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;profile;group;list' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;profile;group;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create or replace a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group (its profiles stay)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the groups and their profiles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;profile;group;help;add' {
            break
        }
        'ari;profile;group;help;remove' {
            break
        }
        'ari;profile;group;help;list' {
            break
        }
        'ari;profile;group;help;help' {
            break
        }
        'ari;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles; * marks the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in use and where each comes from (secrets masked)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile from --url, -u, -k, --cacert, --max-time and the options below')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Name several profiles at once, for -p GROUP (the [groups] table)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;profile;help;list' {
            break
        }
        'ari;profile;help;show' {
            break
        }
        'ari;profile;help;add' {
            break
        }
        'ari;profile;help;remove' {
            break
        }
        'ari;profile;help;use' {
            break
        }
        'ari;profile;help;group' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create or replace a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group (its profiles stay)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the groups and their profiles')
            break
        }
        'ari;profile;help;group;add' {
            break
        }
        'ari;profile;help;group;remove' {
            break
        }
        'ari;profile;help;group;list' {
            break
        }
        'ari;profile;help;help' {
            break
        }
        'ari;sim' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (127.0.0.1:0 picks a free port)')
            [CompletionResult]::new('--read-only-user', '--read-only-user', [CompletionResultType]::ParameterName, 'A user who may only read (GET); repeatable')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Make channel ids and UUIDs the same on every run')
            [CompletionResult]::new('--outbound', '--outbound', [CompletionResultType]::ParameterName, 'Connect out to URI as Asterisk''s outbound WebSocket does (ws://HOST:PORT/), for --outbound-app')
            [CompletionResult]::new('--outbound-app', '--outbound-app', [CompletionResultType]::ParameterName, 'The application the outbound connection serves')
            [CompletionResult]::new('--channelvars', '--channelvars', [CompletionResultType]::ParameterName, 'Variables every channel snapshot carries, as ari.conf''s channelvars (e.g. CHANNEL(linkedid))')
            [CompletionResult]::new('--asterisk-version', '--asterisk-version', [CompletionResultType]::ParameterName, 'Play this Asterisk version: the operations and features it lacks answer as it does (e.g. 20.6.0)')
            [CompletionResult]::new('--time-scale', '--time-scale', [CompletionResultType]::ParameterName, 'Multiply every simulated delay (0.1 runs calls ten times faster)')
            [CompletionResult]::new('--scenario', '--scenario', [CompletionResultType]::ParameterName, 'Play the scripted calls of FILE (TOML: calls, their keys and hang-ups, phones that answer the application''s dials; see README)')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Print every event as a summary line on stdout [default: at a terminal]')
            [CompletionResult]::new('--no-events', '--no-events', [CompletionResultType]::ParameterName, 'Do not print events')
            [CompletionResult]::new('--per-call', '--per-call', [CompletionResultType]::ParameterName, 'With --outbound: connect once per call, when Stasis() runs, and close when it returns (per_call_config)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'With --scenario: stop when it is done; exit 9 if a step timed out, a call ended early or one was left in Stasis')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'A phone calls into a Stasis application (the app must be registered)')
            [CompletionResult]::new('scenario-from', 'scenario-from', [CompletionResultType]::ParameterValue, 'Derive a scenario (for --scenario) from a recording: the calls that entered an application, their keys and hang-ups, the phones it dialled')
            [CompletionResult]::new('dtmf', 'dtmf', [CompletionResultType]::ParameterValue, 'The caller on a channel presses keys')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'The far end of a channel hangs up')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;sim;call' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Application the call enters, as Stasis(APP) would')
            [CompletionResult]::new('--caller', '--caller', [CompletionResultType]::ParameterName, 'Caller id, e.g. ''Alice <1001>'' [default: Alice <1001>]')
            [CompletionResult]::new('--args', '--args', [CompletionResultType]::ParameterName, 'Arguments for the application, comma list')
            [CompletionResult]::new('--digits', '--digits', [CompletionResultType]::ParameterName, 'Keys the caller presses once in the application, e.g. 12#')
            [CompletionResult]::new('--hangup-after', '--hangup-after', [CompletionResultType]::ParameterName, 'The caller hangs up this many seconds after entering the application')
            [CompletionResult]::new('--ring', '--ring', [CompletionResultType]::ParameterName, 'Enter the application unanswered (state Ring), for the app to answer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;sim;scenario-from' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;sim;dtmf' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;sim;hangup' {
            [CompletionResult]::new('--cause', '--cause', [CompletionResultType]::ParameterName, 'Q.850 hangup cause [default: 16, normal clearing]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;sim;help' {
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'A phone calls into a Stasis application (the app must be registered)')
            [CompletionResult]::new('scenario-from', 'scenario-from', [CompletionResultType]::ParameterValue, 'Derive a scenario (for --scenario) from a recording: the calls that entered an application, their keys and hang-ups, the phones it dialled')
            [CompletionResult]::new('dtmf', 'dtmf', [CompletionResultType]::ParameterValue, 'The caller on a channel presses keys')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'The far end of a channel hangs up')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;sim;help;call' {
            break
        }
        'ari;sim;help;scenario-from' {
            break
        }
        'ari;sim;help;dtmf' {
            break
        }
        'ari;sim;help;hangup' {
            break
        }
        'ari;sim;help;help' {
            break
        }
        'ari;serve' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The application to serve (default: the profile''s app)')
            [CompletionResult]::new('--max-calls', '--max-calls', [CompletionResultType]::ParameterName, 'At most N calls at once; more continue in the dialplan with ARI_SERVE_STATUS=MAX_CALLS')
            [CompletionResult]::new('--on-exit', '--on-exit', [CompletionResultType]::ParameterName, 'A call still in the application when its handler ends: continue it in the dialplan, or hang it up')
            [CompletionResult]::new('--handler-timeout', '--handler-timeout', [CompletionResultType]::ParameterName, 'Stop a handler still running after SECS (its call continues)')
            [CompletionResult]::new('--hangup-grace', '--hangup-grace', [CompletionResultType]::ParameterName, 'After SIGHUP, how long a handler has before its group is killed')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Take calls over Asterisk''s outbound WebSocket instead (22.5+; per call or persistent) [default: 127.0.0.1:8765]; prints the Asterisk configuration')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'With --listen: serve wss:// with this PEM certificate (chain)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'With --listen: the PEM private key of --cert')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Ping the server every SECS; no answer means a dead connection')
            [CompletionResult]::new('--adopt', '--adopt', [CompletionResultType]::ParameterName, 'Run handlers for calls already in the application (left by an earlier serve)')
            [CompletionResult]::new('--take-over', '--take-over', [CompletionResultType]::ParameterName, 'Serve the application even if another connection may hold it')
            [CompletionResult]::new('--no-reconnect', '--no-reconnect', [CompletionResultType]::ParameterName, 'Exit 3 when the connection drops instead of reconnecting')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ari;call' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer the call')
            [CompletionResult]::new('ring', 'ring', [CompletionResultType]::ParameterValue, 'Send ringing')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'Hang up the call')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Send the call back to the dialplan (where it left it, or elsewhere)')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play media to the call; returns when it has played')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read digits (typed since the last read count too); prints them')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the call into a stored recording; returns when it ends')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Call ENDPOINT and bridge it with this call when it answers; prints ANSWER, BUSY, NOANSWER, CONGESTION or CHANUNAVAIL (exit 0 only on ANSWER, else 9)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Print the call''s next event whose type matches GLOB (JSON); events since the last wait count')
            [CompletionResult]::new('var', 'var', [CompletionResultType]::ParameterValue, 'A channel variable of the call')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;call;answer' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;call;ring' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;call;hangup' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'normal, busy, congestion, no_answer, ... (default normal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;call;continue' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'context')
            [CompletionResult]::new('--extension', '--extension', [CompletionResultType]::ParameterName, 'extension')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'priority')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;call;play' {
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return as soon as it starts')
            [CompletionResult]::new('--interrupt-on-dtmf', '--interrupt-on-dtmf', [CompletionResultType]::ParameterName, 'Stop at the first digit pressed (kept for the next `read`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;call;read' {
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Stop after N digits')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Wait at most SECS for each digit (default 5)')
            [CompletionResult]::new('--terminator', '--terminator', [CompletionResultType]::ParameterName, 'A digit that ends the input (not printed), e.g. ''#''')
            [CompletionResult]::new('--prompt', '--prompt', [CompletionResultType]::ParameterName, 'Play this first; the first digit stops it (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;call;record' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--max-duration', '--max-duration', [CompletionResultType]::ParameterName, 'max-duration')
            [CompletionResult]::new('--max-silence', '--max-silence', [CompletionResultType]::ParameterName, 'max-silence')
            [CompletionResult]::new('--terminate-on', '--terminate-on', [CompletionResultType]::ParameterName, 'A digit that stops the recording: none, any, *, #')
            [CompletionResult]::new('--beep', '--beep', [CompletionResultType]::ParameterName, 'Beep before recording')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;call;dial' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Ring for at most SECS')
            [CompletionResult]::new('--caller-id', '--caller-id', [CompletionResultType]::ParameterName, 'The caller id the other leg sees')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;call;wait' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after SECS (exit 9)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;call;var' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a variable''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a variable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;call;var;get' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;call;var;set' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;call;var;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a variable''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a variable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;call;var;help;get' {
            break
        }
        'ari;call;var;help;set' {
            break
        }
        'ari;call;var;help;help' {
            break
        }
        'ari;call;help' {
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer the call')
            [CompletionResult]::new('ring', 'ring', [CompletionResultType]::ParameterValue, 'Send ringing')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'Hang up the call')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Send the call back to the dialplan (where it left it, or elsewhere)')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play media to the call; returns when it has played')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read digits (typed since the last read count too); prints them')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the call into a stored recording; returns when it ends')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Call ENDPOINT and bridge it with this call when it answers; prints ANSWER, BUSY, NOANSWER, CONGESTION or CHANUNAVAIL (exit 0 only on ANSWER, else 9)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Print the call''s next event whose type matches GLOB (JSON); events since the last wait count')
            [CompletionResult]::new('var', 'var', [CompletionResultType]::ParameterValue, 'A channel variable of the call')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;call;help;answer' {
            break
        }
        'ari;call;help;ring' {
            break
        }
        'ari;call;help;hangup' {
            break
        }
        'ari;call;help;continue' {
            break
        }
        'ari;call;help;play' {
            break
        }
        'ari;call;help;read' {
            break
        }
        'ari;call;help;record' {
            break
        }
        'ari;call;help;dial' {
            break
        }
        'ari;call;help;wait' {
            break
        }
        'ari;call;help;var' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a variable''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a variable')
            break
        }
        'ari;call;help;var;get' {
            break
        }
        'ari;call;help;var;set' {
            break
        }
        'ari;call;help;help' {
            break
        }
        'ari;repl' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Be the server Asterisk''s outbound WebSocket connects to [default: 127.0.0.1:8765]: its events show here and the commands go back over it')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'With --listen: serve wss:// with this PEM certificate (chain)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'With --listen: the PEM private key of --cert')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'Reading a script from stdin: go on after a failing line (exit with the last failure''s code)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;shell' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Be the server Asterisk''s outbound WebSocket connects to [default: 127.0.0.1:8765]: its events show here and the commands go back over it')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'With --listen: serve wss:// with this PEM certificate (chain)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'With --listen: the PEM private key of --cert')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'Reading a script from stdin: go on after a failing line (exit with the last failure''s code)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;doctor' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;top' {
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Also append the lists read and every frame received to FILE, for --replay (and ari events --replay)')
            [CompletionResult]::new('--replay', '--replay', [CompletionResultType]::ParameterName, 'Play a recording (ari top or ari events --record) instead of watching a server; actions are off')
            [CompletionResult]::new('--speed', '--speed', [CompletionResultType]::ParameterName, 'With --replay: N times as fast as recorded [default: 1]; + and - change it')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Watch only: no key sends anything that changes a call')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;ui' {
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Also append the lists read and every frame received to FILE, for --replay (and ari events --replay)')
            [CompletionResult]::new('--replay', '--replay', [CompletionResultType]::ParameterName, 'Play a recording (ari top or ari events --record) instead of watching a server; actions are off')
            [CompletionResult]::new('--speed', '--speed', [CompletionResultType]::ParameterName, 'With --replay: N times as fast as recorded [default: 1]; + and - change it')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Watch only: no key sends anything that changes a call')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;media' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer external media (WebSocket and RTP) on one address: echo, record or play')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;media;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Where to listen: TCP for the WebSocket and UDP for RTP, on the same port')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Write each call''s audio to FILE.wav (the second call at once to FILE-2.wav, ...)')
            [CompletionResult]::new('--play', '--play', [CompletionResultType]::ParameterName, 'Play FILE.wav to each call, then a mark (MARK_MEDIA) to see it played out')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'RTP only: the format of a dynamic payload type Asterisk''s table does not name (default: by payload type)')
            [CompletionResult]::new('--echo', '--echo', [CompletionResultType]::ParameterName, 'Send every call its own audio back (the default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;media;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer external media (WebSocket and RTP) on one address: echo, record or play')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;media;help;serve' {
            break
        }
        'ari;media;help;help' {
            break
        }
        'ari;completions' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;__complete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;man' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ari;help' {
            [CompletionResult]::new('channels', 'channels', [CompletionResultType]::ParameterValue, 'Calls: originate, answer, play, record, bridge, hang up')
            [CompletionResult]::new('bridges', 'bridges', [CompletionResultType]::ParameterValue, 'Mix channels together; play and record to everyone in a bridge')
            [CompletionResult]::new('endpoints', 'endpoints', [CompletionResultType]::ParameterValue, 'Phones and trunks (PJSIP/alice): list, state, messages, refer')
            [CompletionResult]::new('applications', 'applications', [CompletionResultType]::ParameterValue, 'Stasis applications and what they are subscribed to')
            [CompletionResult]::new('asterisk', 'asterisk', [CompletionResultType]::ParameterValue, 'The server itself: info, ping, modules, logging, config, global variables')
            [CompletionResult]::new('playbacks', 'playbacks', [CompletionResultType]::ParameterValue, 'Media being played: inspect, pause, rewind, stop')
            [CompletionResult]::new('recordings', 'recordings', [CompletionResultType]::ParameterValue, 'Live recordings in progress and stored recordings on disk')
            [CompletionResult]::new('sounds', 'sounds', [CompletionResultType]::ParameterValue, 'Sound prompts installed on the server')
            [CompletionResult]::new('device-states', 'device-states', [CompletionResultType]::ParameterValue, 'Custom device states (Stasis:NAME) for BLF and queues')
            [CompletionResult]::new('mailboxes', 'mailboxes', [CompletionResultType]::ParameterValue, 'Mailbox message counts for message-waiting indicators')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Tail the live events (with no action); generate user events, claim channels')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Send any request below /ari (for operations this ari does not know)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage connection profiles in the config file')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'Run a simulated Asterisk with ARI on 127.0.0.1, to try ari without a PBX')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run a script for each call that enters an application (AGI for ARI)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Act on the call of an `ari serve` handler (answer, play, read, dial...)')
            [CompletionResult]::new('repl', 'repl', [CompletionResultType]::ParameterValue, 'An interactive session: the same commands without `ari`, with completion and live events')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the configuration, the connection and the server, and say what is wrong')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'A live full-screen view of calls, bridges, applications, endpoints and device states, with actions')
            [CompletionResult]::new('media', 'media', [CompletionResultType]::ParameterValue, 'Be the far end of external media: echo, record or play')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('__complete', '__complete', [CompletionResultType]::ParameterValue, '__complete')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff): ari man | man -l -')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ari;help;channels' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the active channels')
            [CompletionResult]::new('originate', 'originate', [CompletionResultType]::ParameterValue, 'Place a call: dial an endpoint into a Stasis app or into the dialplan')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'Hang up a channel')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Leave the Stasis app and go on in the dialplan')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Hand a channel over to another Stasis app')
            [CompletionResult]::new('redirect', 'redirect', [CompletionResultType]::ParameterValue, 'Send a channel to another endpoint (a blind transfer)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer a ringing channel')
            [CompletionResult]::new('ring', 'ring', [CompletionResultType]::ParameterValue, 'Play ringing to a channel')
            [CompletionResult]::new('ring-stop', 'ring-stop', [CompletionResultType]::ParameterValue, 'Stop ringing')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Indicate call progress (early media) to a channel')
            [CompletionResult]::new('dtmf', 'dtmf', [CompletionResultType]::ParameterValue, 'Send DTMF digits to a channel')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a channel')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a channel')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a channel on hold')
            [CompletionResult]::new('unhold', 'unhold', [CompletionResultType]::ParameterValue, 'Take a channel off hold')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to a channel')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold')
            [CompletionResult]::new('start-silence', 'start-silence', [CompletionResultType]::ParameterValue, 'Play silence to a channel')
            [CompletionResult]::new('stop-silence', 'stop-silence', [CompletionResultType]::ParameterValue, 'Stop playing silence')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play sounds, recordings, numbers or tones to a channel')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the audio of a channel')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a channel variable or dialplan function')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a channel variable or dialplan function')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several channel variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several channel variables at once')
            [CompletionResult]::new('snoop', 'snoop', [CompletionResultType]::ParameterValue, 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Dial a channel made by `channels create`')
            [CompletionResult]::new('rtp-stats', 'rtp-stats', [CompletionResultType]::ParameterValue, 'RTP statistics of a channel (jitter, loss, round-trip time)')
            [CompletionResult]::new('external-media', 'external-media', [CompletionResultType]::ParameterValue, 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)')
            [CompletionResult]::new('transfer-progress', 'transfer-progress', [CompletionResultType]::ParameterValue, 'Report the progress of a transfer handled by the app')
            [CompletionResult]::new('tap', 'tap', [CompletionResultType]::ParameterValue, 'Hear a call: its audio into a WAV file, or raw on stdout')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a call: a local WAV file played to the channel')
            break
        }
        'ari;help;channels;list' {
            break
        }
        'ari;help;channels;originate' {
            break
        }
        'ari;help;channels;create' {
            break
        }
        'ari;help;channels;get' {
            break
        }
        'ari;help;channels;hangup' {
            break
        }
        'ari;help;channels;continue' {
            break
        }
        'ari;help;channels;move' {
            break
        }
        'ari;help;channels;redirect' {
            break
        }
        'ari;help;channels;answer' {
            break
        }
        'ari;help;channels;ring' {
            break
        }
        'ari;help;channels;ring-stop' {
            break
        }
        'ari;help;channels;progress' {
            break
        }
        'ari;help;channels;dtmf' {
            break
        }
        'ari;help;channels;mute' {
            break
        }
        'ari;help;channels;unmute' {
            break
        }
        'ari;help;channels;hold' {
            break
        }
        'ari;help;channels;unhold' {
            break
        }
        'ari;help;channels;start-moh' {
            break
        }
        'ari;help;channels;stop-moh' {
            break
        }
        'ari;help;channels;start-silence' {
            break
        }
        'ari;help;channels;stop-silence' {
            break
        }
        'ari;help;channels;play' {
            break
        }
        'ari;help;channels;record' {
            break
        }
        'ari;help;channels;get-var' {
            break
        }
        'ari;help;channels;set-var' {
            break
        }
        'ari;help;channels;get-vars' {
            break
        }
        'ari;help;channels;set-vars' {
            break
        }
        'ari;help;channels;snoop' {
            break
        }
        'ari;help;channels;dial' {
            break
        }
        'ari;help;channels;rtp-stats' {
            break
        }
        'ari;help;channels;external-media' {
            break
        }
        'ari;help;channels;transfer-progress' {
            break
        }
        'ari;help;channels;tap' {
            break
        }
        'ari;help;channels;inject' {
            break
        }
        'ari;help;bridges' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the bridges')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a bridge')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one bridge')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy a bridge (its channels stay up)')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a bridge variable')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a bridge variable')
            [CompletionResult]::new('get-vars', 'get-vars', [CompletionResultType]::ParameterValue, 'Read several bridge variables at once')
            [CompletionResult]::new('set-vars', 'set-vars', [CompletionResultType]::ParameterValue, 'Set several bridge variables at once')
            [CompletionResult]::new('add-channel', 'add-channel', [CompletionResultType]::ParameterValue, 'Put channels into a bridge')
            [CompletionResult]::new('remove-channel', 'remove-channel', [CompletionResultType]::ParameterValue, 'Take channels out of a bridge')
            [CompletionResult]::new('set-video-source', 'set-video-source', [CompletionResultType]::ParameterValue, 'Show one channel''s video to everyone in the bridge')
            [CompletionResult]::new('clear-video-source', 'clear-video-source', [CompletionResultType]::ParameterValue, 'Go back to talker-driven video in the bridge')
            [CompletionResult]::new('start-moh', 'start-moh', [CompletionResultType]::ParameterValue, 'Play music on hold to the bridge')
            [CompletionResult]::new('stop-moh', 'stop-moh', [CompletionResultType]::ParameterValue, 'Stop music on hold in the bridge')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play media to every channel in the bridge')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the mixed audio of the bridge')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Speak into a bridge: a local WAV file played to everyone in it')
            break
        }
        'ari;help;bridges;list' {
            break
        }
        'ari;help;bridges;create' {
            break
        }
        'ari;help;bridges;get' {
            break
        }
        'ari;help;bridges;destroy' {
            break
        }
        'ari;help;bridges;get-var' {
            break
        }
        'ari;help;bridges;set-var' {
            break
        }
        'ari;help;bridges;get-vars' {
            break
        }
        'ari;help;bridges;set-vars' {
            break
        }
        'ari;help;bridges;add-channel' {
            break
        }
        'ari;help;bridges;remove-channel' {
            break
        }
        'ari;help;bridges;set-video-source' {
            break
        }
        'ari;help;bridges;clear-video-source' {
            break
        }
        'ari;help;bridges;start-moh' {
            break
        }
        'ari;help;bridges;stop-moh' {
            break
        }
        'ari;help;bridges;play' {
            break
        }
        'ari;help;bridges;record' {
            break
        }
        'ari;help;bridges;inject' {
            break
        }
        'ari;help;endpoints' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all endpoints')
            [CompletionResult]::new('send-message', 'send-message', [CompletionResultType]::ParameterValue, 'Send a text message (SIP MESSAGE) to a URI')
            [CompletionResult]::new('refer', 'refer', [CompletionResultType]::ParameterValue, 'Send a SIP REFER to a URI')
            [CompletionResult]::new('list-by-tech', 'list-by-tech', [CompletionResultType]::ParameterValue, 'List the endpoints of one technology')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one endpoint and its channels')
            [CompletionResult]::new('send-message-to-endpoint', 'send-message-to-endpoint', [CompletionResultType]::ParameterValue, 'Send a text message to one endpoint')
            [CompletionResult]::new('refer-to-endpoint', 'refer-to-endpoint', [CompletionResultType]::ParameterValue, 'Send a SIP REFER to one endpoint')
            break
        }
        'ari;help;endpoints;list' {
            break
        }
        'ari;help;endpoints;send-message' {
            break
        }
        'ari;help;endpoints;refer' {
            break
        }
        'ari;help;endpoints;list-by-tech' {
            break
        }
        'ari;help;endpoints;get' {
            break
        }
        'ari;help;endpoints;send-message-to-endpoint' {
            break
        }
        'ari;help;endpoints;refer-to-endpoint' {
            break
        }
        'ari;help;applications' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered Stasis applications')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one application and its subscriptions')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe an application to the events of channels, bridges, endpoints or devices')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe an application from event sources')
            [CompletionResult]::new('filter', 'filter', [CompletionResultType]::ParameterValue, 'Choose which event types an application receives')
            break
        }
        'ari;help;applications;list' {
            break
        }
        'ari;help;applications;get' {
            break
        }
        'ari;help;applications;subscribe' {
            break
        }
        'ari;help;applications;unsubscribe' {
            break
        }
        'ari;help;applications;filter' {
            break
        }
        'ari;help;asterisk' {
            [CompletionResult]::new('get-config', 'get-config', [CompletionResultType]::ParameterValue, 'Read a dynamic configuration object (sorcery)')
            [CompletionResult]::new('set-config', 'set-config', [CompletionResultType]::ParameterValue, 'Create or update a dynamic configuration object')
            [CompletionResult]::new('delete-config', 'delete-config', [CompletionResultType]::ParameterValue, 'Delete a dynamic configuration object')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Version, build, configuration and status of the server')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Check that the server answers')
            [CompletionResult]::new('list-modules', 'list-modules', [CompletionResultType]::ParameterValue, 'List the loaded modules')
            [CompletionResult]::new('get-module', 'get-module', [CompletionResultType]::ParameterValue, 'Show one module')
            [CompletionResult]::new('load-module', 'load-module', [CompletionResultType]::ParameterValue, 'Load a module')
            [CompletionResult]::new('unload-module', 'unload-module', [CompletionResultType]::ParameterValue, 'Unload a module')
            [CompletionResult]::new('reload-module', 'reload-module', [CompletionResultType]::ParameterValue, 'Reload a module')
            [CompletionResult]::new('list-logs', 'list-logs', [CompletionResultType]::ParameterValue, 'List the log channels')
            [CompletionResult]::new('add-log', 'add-log', [CompletionResultType]::ParameterValue, 'Add a log channel')
            [CompletionResult]::new('delete-log', 'delete-log', [CompletionResultType]::ParameterValue, 'Delete a log channel')
            [CompletionResult]::new('rotate-log', 'rotate-log', [CompletionResultType]::ParameterValue, 'Rotate a log channel')
            [CompletionResult]::new('get-var', 'get-var', [CompletionResultType]::ParameterValue, 'Read a global variable')
            [CompletionResult]::new('set-var', 'set-var', [CompletionResultType]::ParameterValue, 'Set a global variable')
            break
        }
        'ari;help;asterisk;get-config' {
            break
        }
        'ari;help;asterisk;set-config' {
            break
        }
        'ari;help;asterisk;delete-config' {
            break
        }
        'ari;help;asterisk;info' {
            break
        }
        'ari;help;asterisk;ping' {
            break
        }
        'ari;help;asterisk;list-modules' {
            break
        }
        'ari;help;asterisk;get-module' {
            break
        }
        'ari;help;asterisk;load-module' {
            break
        }
        'ari;help;asterisk;unload-module' {
            break
        }
        'ari;help;asterisk;reload-module' {
            break
        }
        'ari;help;asterisk;list-logs' {
            break
        }
        'ari;help;asterisk;add-log' {
            break
        }
        'ari;help;asterisk;delete-log' {
            break
        }
        'ari;help;asterisk;rotate-log' {
            break
        }
        'ari;help;asterisk;get-var' {
            break
        }
        'ari;help;asterisk;set-var' {
            break
        }
        'ari;help;playbacks' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one playback')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a playback')
            [CompletionResult]::new('control', 'control', [CompletionResultType]::ParameterValue, 'Pause, unpause, restart, rewind or fast-forward a playback')
            break
        }
        'ari;help;playbacks;get' {
            break
        }
        'ari;help;playbacks;stop' {
            break
        }
        'ari;help;playbacks;control' {
            break
        }
        'ari;help;recordings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored recordings')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one stored recording')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a stored recording')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download the audio of a stored recording (--to FILE, or stdout when piped)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a stored recording')
            [CompletionResult]::new('get-live', 'get-live', [CompletionResultType]::ParameterValue, 'Show a recording in progress')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Stop a recording in progress and throw it away')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a recording in progress and keep it')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause a recording in progress')
            [CompletionResult]::new('unpause', 'unpause', [CompletionResultType]::ParameterValue, 'Resume a paused recording')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Record silence instead of the audio until unmuted')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Record the audio again after a mute')
            break
        }
        'ari;help;recordings;list' {
            break
        }
        'ari;help;recordings;get' {
            break
        }
        'ari;help;recordings;delete' {
            break
        }
        'ari;help;recordings;download' {
            break
        }
        'ari;help;recordings;copy' {
            break
        }
        'ari;help;recordings;get-live' {
            break
        }
        'ari;help;recordings;cancel' {
            break
        }
        'ari;help;recordings;stop' {
            break
        }
        'ari;help;recordings;pause' {
            break
        }
        'ari;help;recordings;unpause' {
            break
        }
        'ari;help;recordings;mute' {
            break
        }
        'ari;help;recordings;unmute' {
            break
        }
        'ari;help;sounds' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the installed sound prompts')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one sound prompt and its languages and formats')
            break
        }
        'ari;help;sounds;list' {
            break
        }
        'ari;help;sounds;get' {
            break
        }
        'ari;help;device-states' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the device states that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one device state')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a device state (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a device state')
            break
        }
        'ari;help;device-states;list' {
            break
        }
        'ari;help;device-states;get' {
            break
        }
        'ari;help;device-states;update' {
            break
        }
        'ari;help;device-states;delete' {
            break
        }
        'ari;help;mailboxes' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mailboxes that ARI controls')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one mailbox''s message counts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set a mailbox''s message counts (creates it if needed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a mailbox')
            break
        }
        'ari;help;mailboxes;list' {
            break
        }
        'ari;help;mailboxes;get' {
            break
        }
        'ari;help;mailboxes;update' {
            break
        }
        'ari;help;mailboxes;delete' {
            break
        }
        'ari;help;events' {
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Send a user event to an application')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim a channel broadcast to several applications')
            break
        }
        'ari;help;events;user' {
            break
        }
        'ari;help;events;claim' {
            break
        }
        'ari;help;raw' {
            break
        }
        'ari;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles; * marks the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in use and where each comes from (secrets masked)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile from --url, -u, -k, --cacert, --max-time and the options below')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Name several profiles at once, for -p GROUP (the [groups] table)')
            break
        }
        'ari;help;profile;list' {
            break
        }
        'ari;help;profile;show' {
            break
        }
        'ari;help;profile;add' {
            break
        }
        'ari;help;profile;remove' {
            break
        }
        'ari;help;profile;use' {
            break
        }
        'ari;help;profile;group' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create or replace a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group (its profiles stay)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the groups and their profiles')
            break
        }
        'ari;help;profile;group;add' {
            break
        }
        'ari;help;profile;group;remove' {
            break
        }
        'ari;help;profile;group;list' {
            break
        }
        'ari;help;sim' {
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'A phone calls into a Stasis application (the app must be registered)')
            [CompletionResult]::new('scenario-from', 'scenario-from', [CompletionResultType]::ParameterValue, 'Derive a scenario (for --scenario) from a recording: the calls that entered an application, their keys and hang-ups, the phones it dialled')
            [CompletionResult]::new('dtmf', 'dtmf', [CompletionResultType]::ParameterValue, 'The caller on a channel presses keys')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'The far end of a channel hangs up')
            break
        }
        'ari;help;sim;call' {
            break
        }
        'ari;help;sim;scenario-from' {
            break
        }
        'ari;help;sim;dtmf' {
            break
        }
        'ari;help;sim;hangup' {
            break
        }
        'ari;help;serve' {
            break
        }
        'ari;help;call' {
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer the call')
            [CompletionResult]::new('ring', 'ring', [CompletionResultType]::ParameterValue, 'Send ringing')
            [CompletionResult]::new('hangup', 'hangup', [CompletionResultType]::ParameterValue, 'Hang up the call')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Send the call back to the dialplan (where it left it, or elsewhere)')
            [CompletionResult]::new('play', 'play', [CompletionResultType]::ParameterValue, 'Play media to the call; returns when it has played')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read digits (typed since the last read count too); prints them')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the call into a stored recording; returns when it ends')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Call ENDPOINT and bridge it with this call when it answers; prints ANSWER, BUSY, NOANSWER, CONGESTION or CHANUNAVAIL (exit 0 only on ANSWER, else 9)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Print the call''s next event whose type matches GLOB (JSON); events since the last wait count')
            [CompletionResult]::new('var', 'var', [CompletionResultType]::ParameterValue, 'A channel variable of the call')
            break
        }
        'ari;help;call;answer' {
            break
        }
        'ari;help;call;ring' {
            break
        }
        'ari;help;call;hangup' {
            break
        }
        'ari;help;call;continue' {
            break
        }
        'ari;help;call;play' {
            break
        }
        'ari;help;call;read' {
            break
        }
        'ari;help;call;record' {
            break
        }
        'ari;help;call;dial' {
            break
        }
        'ari;help;call;wait' {
            break
        }
        'ari;help;call;var' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a variable''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a variable')
            break
        }
        'ari;help;call;var;get' {
            break
        }
        'ari;help;call;var;set' {
            break
        }
        'ari;help;repl' {
            break
        }
        'ari;help;doctor' {
            break
        }
        'ari;help;top' {
            break
        }
        'ari;help;media' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer external media (WebSocket and RTP) on one address: echo, record or play')
            break
        }
        'ari;help;media;serve' {
            break
        }
        'ari;help;completions' {
            break
        }
        'ari;help;__complete' {
            break
        }
        'ari;help;man' {
            break
        }
        'ari;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
