
use builtin;
use str;

set edit:completion:arg-completer[ari] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'ari'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'ari'= {
            cand -p 'Profile from the config file; a list, glob or group runs on each (-p ''eu-*'', -p all)'
            cand --profile 'Profile from the config file; a list, glob or group runs on each (-p ''eu-*'', -p all)'
            cand --config 'Config file [default: ~/.config/ari/config.toml]'
            cand --url 'Server URL, e.g. http://127.0.0.1:8088 (/ari is added)'
            cand -u 'User name, and password (prefer a profile: argv is visible to others)'
            cand --user 'User name, and password (prefer a profile: argv is visible to others)'
            cand -o 'auto (pretty on a terminal, json when piped), pretty, json, table, ids; events: summary'
            cand --output 'auto (pretty on a terminal, json when piped), pretty, json, table, ids; events: summary'
            cand --jq 'Filter the JSON result with a jq expression; strings print raw'
            cand --color 'Colour: auto, always, never [default: auto]'
            cand --parallel 'With several profiles (-p ''eu-*''): how many servers at once [default: 16]'
            cand --max-time 'Time limit for the whole request'
            cand --connect-timeout 'Time limit for connecting [default: 10]'
            cand --via 'How requests travel: http, or websocket (as RESTRequest frames on the events WebSocket; Asterisk 20.14, 21.9, 22.4+) [default: http]'
            cand --cacert 'Trust the CA certificates (PEM) in FILE as well'
            cand -q 'Print only ids, one per line (same as -o ids)'
            cand --quiet 'Print only ids, one per line (same as -o ids)'
            cand -v 'Show the HTTP request and response headers on stderr (secrets redacted)'
            cand --verbose 'Show the HTTP request and response headers on stderr (secrets redacted)'
            cand --fail-fast 'With several profiles: stop at the first server that fails'
            cand --curl 'Print the equivalent curl command instead of sending'
            cand -k 'Accept any TLS certificate (only for testing)'
            cand --insecure 'Accept any TLS certificate (only for testing)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand channels 'Calls: originate, answer, play, record, bridge, hang up'
            cand channel 'Calls: originate, answer, play, record, bridge, hang up'
            cand chan 'Calls: originate, answer, play, record, bridge, hang up'
            cand bridges 'Mix channels together; play and record to everyone in a bridge'
            cand bridge 'Mix channels together; play and record to everyone in a bridge'
            cand endpoints 'Phones and trunks (PJSIP/alice): list, state, messages, refer'
            cand endpoint 'Phones and trunks (PJSIP/alice): list, state, messages, refer'
            cand applications 'Stasis applications and what they are subscribed to'
            cand apps 'Stasis applications and what they are subscribed to'
            cand app 'Stasis applications and what they are subscribed to'
            cand asterisk 'The server itself: info, ping, modules, logging, config, global variables'
            cand playbacks 'Media being played: inspect, pause, rewind, stop'
            cand playback 'Media being played: inspect, pause, rewind, stop'
            cand recordings 'Live recordings in progress and stored recordings on disk'
            cand recording 'Live recordings in progress and stored recordings on disk'
            cand sounds 'Sound prompts installed on the server'
            cand sound 'Sound prompts installed on the server'
            cand device-states 'Custom device states (Stasis:NAME) for BLF and queues'
            cand deviceStates 'Custom device states (Stasis:NAME) for BLF and queues'
            cand devicestates 'Custom device states (Stasis:NAME) for BLF and queues'
            cand mailboxes 'Mailbox message counts for message-waiting indicators'
            cand mailbox 'Mailbox message counts for message-waiting indicators'
            cand events 'Tail the live events (with no action); generate user events, claim channels'
            cand raw 'Send any request below /ari (for operations this ari does not know)'
            cand profile 'Manage connection profiles in the config file'
            cand sim 'Run a simulated Asterisk with ARI on 127.0.0.1, to try ari without a PBX'
            cand serve 'Run a script for each call that enters an application (AGI for ARI)'
            cand call 'Act on the call of an `ari serve` handler (answer, play, read, dial...)'
            cand repl 'An interactive session: the same commands without `ari`, with completion and live events'
            cand shell 'An interactive session: the same commands without `ari`, with completion and live events'
            cand doctor 'Check the configuration, the connection and the server, and say what is wrong'
            cand top 'A live full-screen view of calls, bridges, applications, endpoints and device states, with actions'
            cand ui 'A live full-screen view of calls, bridges, applications, endpoints and device states, with actions'
            cand media 'Be the far end of external media: echo, record or play'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand __complete '__complete'
            cand man 'Print the manual page (roff): ari man | man -l -'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;channels'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the active channels'
            cand originate 'Place a call: dial an endpoint into a Stasis app or into the dialplan'
            cand create 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)'
            cand get 'Show one channel'
            cand hangup 'Hang up a channel'
            cand continue 'Leave the Stasis app and go on in the dialplan'
            cand move 'Hand a channel over to another Stasis app'
            cand redirect 'Send a channel to another endpoint (a blind transfer)'
            cand answer 'Answer a ringing channel'
            cand ring 'Play ringing to a channel'
            cand ring-stop 'Stop ringing'
            cand progress 'Indicate call progress (early media) to a channel'
            cand dtmf 'Send DTMF digits to a channel'
            cand mute 'Mute a channel'
            cand unmute 'Unmute a channel'
            cand hold 'Put a channel on hold'
            cand unhold 'Take a channel off hold'
            cand start-moh 'Play music on hold to a channel'
            cand stop-moh 'Stop music on hold'
            cand start-silence 'Play silence to a channel'
            cand stop-silence 'Stop playing silence'
            cand play 'Play sounds, recordings, numbers or tones to a channel'
            cand record 'Record the audio of a channel'
            cand get-var 'Read a channel variable or dialplan function'
            cand set-var 'Set a channel variable or dialplan function'
            cand get-vars 'Read several channel variables at once'
            cand set-vars 'Set several channel variables at once'
            cand snoop 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel'
            cand dial 'Dial a channel made by `channels create`'
            cand rtp-stats 'RTP statistics of a channel (jitter, loss, round-trip time)'
            cand external-media 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)'
            cand transfer-progress 'Report the progress of a transfer handled by the app'
            cand tap 'Hear a call: its audio into a WAV file, or raw on stdout'
            cand inject 'Speak into a call: a local WAV file played to the channel'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;channel'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the active channels'
            cand originate 'Place a call: dial an endpoint into a Stasis app or into the dialplan'
            cand create 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)'
            cand get 'Show one channel'
            cand hangup 'Hang up a channel'
            cand continue 'Leave the Stasis app and go on in the dialplan'
            cand move 'Hand a channel over to another Stasis app'
            cand redirect 'Send a channel to another endpoint (a blind transfer)'
            cand answer 'Answer a ringing channel'
            cand ring 'Play ringing to a channel'
            cand ring-stop 'Stop ringing'
            cand progress 'Indicate call progress (early media) to a channel'
            cand dtmf 'Send DTMF digits to a channel'
            cand mute 'Mute a channel'
            cand unmute 'Unmute a channel'
            cand hold 'Put a channel on hold'
            cand unhold 'Take a channel off hold'
            cand start-moh 'Play music on hold to a channel'
            cand stop-moh 'Stop music on hold'
            cand start-silence 'Play silence to a channel'
            cand stop-silence 'Stop playing silence'
            cand play 'Play sounds, recordings, numbers or tones to a channel'
            cand record 'Record the audio of a channel'
            cand get-var 'Read a channel variable or dialplan function'
            cand set-var 'Set a channel variable or dialplan function'
            cand get-vars 'Read several channel variables at once'
            cand set-vars 'Set several channel variables at once'
            cand snoop 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel'
            cand dial 'Dial a channel made by `channels create`'
            cand rtp-stats 'RTP statistics of a channel (jitter, loss, round-trip time)'
            cand external-media 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)'
            cand transfer-progress 'Report the progress of a transfer handled by the app'
            cand tap 'Hear a call: its audio into a WAV file, or raw on stdout'
            cand inject 'Speak into a call: a local WAV file played to the channel'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;chan'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the active channels'
            cand originate 'Place a call: dial an endpoint into a Stasis app or into the dialplan'
            cand create 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)'
            cand get 'Show one channel'
            cand hangup 'Hang up a channel'
            cand continue 'Leave the Stasis app and go on in the dialplan'
            cand move 'Hand a channel over to another Stasis app'
            cand redirect 'Send a channel to another endpoint (a blind transfer)'
            cand answer 'Answer a ringing channel'
            cand ring 'Play ringing to a channel'
            cand ring-stop 'Stop ringing'
            cand progress 'Indicate call progress (early media) to a channel'
            cand dtmf 'Send DTMF digits to a channel'
            cand mute 'Mute a channel'
            cand unmute 'Unmute a channel'
            cand hold 'Put a channel on hold'
            cand unhold 'Take a channel off hold'
            cand start-moh 'Play music on hold to a channel'
            cand stop-moh 'Stop music on hold'
            cand start-silence 'Play silence to a channel'
            cand stop-silence 'Stop playing silence'
            cand play 'Play sounds, recordings, numbers or tones to a channel'
            cand record 'Record the audio of a channel'
            cand get-var 'Read a channel variable or dialplan function'
            cand set-var 'Set a channel variable or dialplan function'
            cand get-vars 'Read several channel variables at once'
            cand set-vars 'Set several channel variables at once'
            cand snoop 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel'
            cand dial 'Dial a channel made by `channels create`'
            cand rtp-stats 'RTP statistics of a channel (jitter, loss, round-trip time)'
            cand external-media 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)'
            cand transfer-progress 'Report the progress of a transfer handled by the app'
            cand tap 'Hear a call: its audio into a WAV file, or raw on stdout'
            cand inject 'Speak into a call: a local WAV file played to the channel'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;channels;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;originate'= {
            cand --endpoint 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]'
            cand --extension 'Dialplan extension [string]'
            cand --context 'Dialplan context [string]'
            cand --priority 'Dialplan priority [long]'
            cand --label 'Dialplan label to go to instead of a priority [string]'
            cand --app 'Stasis application that gets the channel [string]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --caller-id 'Caller id to present, e.g. ''Alice <1001>'' [string]'
            cand --timeout 'Seconds to wait for an answer [int, server default: 30]'
            cand --channel-id 'Channel id [string]'
            cand --other-channel-id 'Id for the second half of a Local channel [string]'
            cand --originator 'Id of the channel that causes this call (sets codecs and linked id) [string]'
            cand --formats 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]'
            cand --id 'Channel id of your choosing: sends POST /channels/{channelId}'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;originate'= {
            cand --endpoint 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]'
            cand --extension 'Dialplan extension [string]'
            cand --context 'Dialplan context [string]'
            cand --priority 'Dialplan priority [long]'
            cand --label 'Dialplan label to go to instead of a priority [string]'
            cand --app 'Stasis application that gets the channel [string]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --caller-id 'Caller id to present, e.g. ''Alice <1001>'' [string]'
            cand --timeout 'Seconds to wait for an answer [int, server default: 30]'
            cand --channel-id 'Channel id [string]'
            cand --other-channel-id 'Id for the second half of a Local channel [string]'
            cand --originator 'Id of the channel that causes this call (sets codecs and linked id) [string]'
            cand --formats 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]'
            cand --id 'Channel id of your choosing: sends POST /channels/{channelId}'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;originate'= {
            cand --endpoint 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]'
            cand --extension 'Dialplan extension [string]'
            cand --context 'Dialplan context [string]'
            cand --priority 'Dialplan priority [long]'
            cand --label 'Dialplan label to go to instead of a priority [string]'
            cand --app 'Stasis application that gets the channel [string]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --caller-id 'Caller id to present, e.g. ''Alice <1001>'' [string]'
            cand --timeout 'Seconds to wait for an answer [int, server default: 30]'
            cand --channel-id 'Channel id [string]'
            cand --other-channel-id 'Id for the second half of a Local channel [string]'
            cand --originator 'Id of the channel that causes this call (sets codecs and linked id) [string]'
            cand --formats 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]'
            cand --id 'Channel id of your choosing: sends POST /channels/{channelId}'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;create'= {
            cand --endpoint 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]'
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --channel-id 'Channel id [string]'
            cand --other-channel-id 'Id for the second half of a Local channel [string]'
            cand --originator 'Id of the channel that causes this call (sets codecs and linked id) [string]'
            cand --formats 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;create'= {
            cand --endpoint 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]'
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --channel-id 'Channel id [string]'
            cand --other-channel-id 'Id for the second half of a Local channel [string]'
            cand --originator 'Id of the channel that causes this call (sets codecs and linked id) [string]'
            cand --formats 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;create'= {
            cand --endpoint 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]'
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --channel-id 'Channel id [string]'
            cand --other-channel-id 'Id for the second half of a Local channel [string]'
            cand --originator 'Id of the channel that causes this call (sets codecs and linked id) [string]'
            cand --formats 'Codecs for the new channel when there is no originator, e.g. ulaw,slin16 [string]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;hangup'= {
            cand --reason-code 'Hangup cause as a Q.850 number (instead of --reason) [string]'
            cand --reason 'Hangup reason [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;hangup'= {
            cand --reason-code 'Hangup cause as a Q.850 number (instead of --reason) [string]'
            cand --reason 'Hangup reason [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;hangup'= {
            cand --reason-code 'Hangup cause as a Q.850 number (instead of --reason) [string]'
            cand --reason 'Hangup reason [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;continue'= {
            cand --context 'Dialplan context [string]'
            cand --extension 'Dialplan extension [string]'
            cand --priority 'Dialplan priority [int]'
            cand --label 'Dialplan label to go to instead of a priority [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;continue'= {
            cand --context 'Dialplan context [string]'
            cand --extension 'Dialplan extension [string]'
            cand --priority 'Dialplan priority [int]'
            cand --label 'Dialplan label to go to instead of a priority [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;continue'= {
            cand --context 'Dialplan context [string]'
            cand --extension 'Dialplan extension [string]'
            cand --priority 'Dialplan priority [int]'
            cand --label 'Dialplan label to go to instead of a priority [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;move'= {
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;move'= {
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;move'= {
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;redirect'= {
            cand --endpoint 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;redirect'= {
            cand --endpoint 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;redirect'= {
            cand --endpoint 'Endpoint to dial, e.g. PJSIP/alice or Local/1000@default [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;answer'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;answer'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;answer'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;ring'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;ring'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;ring'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;ring-stop'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;ring-stop'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;ring-stop'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;progress'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;progress'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;progress'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;dtmf'= {
            cand --dtmf 'Digits to send: 0-9 * # A-D; w waits 0.5 s, W 1 s, f is a hook flash [string]'
            cand --before 'Milliseconds to wait before the first digit [int, server default: 0]'
            cand --between 'Milliseconds between digits [int, server default: 100]'
            cand --duration 'Milliseconds each digit lasts [int, server default: 100]'
            cand --after 'Milliseconds to wait after the last digit [int, server default: 0]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;dtmf'= {
            cand --dtmf 'Digits to send: 0-9 * # A-D; w waits 0.5 s, W 1 s, f is a hook flash [string]'
            cand --before 'Milliseconds to wait before the first digit [int, server default: 0]'
            cand --between 'Milliseconds between digits [int, server default: 100]'
            cand --duration 'Milliseconds each digit lasts [int, server default: 100]'
            cand --after 'Milliseconds to wait after the last digit [int, server default: 0]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;dtmf'= {
            cand --dtmf 'Digits to send: 0-9 * # A-D; w waits 0.5 s, W 1 s, f is a hook flash [string]'
            cand --before 'Milliseconds to wait before the first digit [int, server default: 0]'
            cand --between 'Milliseconds between digits [int, server default: 100]'
            cand --duration 'Milliseconds each digit lasts [int, server default: 100]'
            cand --after 'Milliseconds to wait after the last digit [int, server default: 0]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;mute'= {
            cand --direction 'Which audio direction [string, server default: both]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;mute'= {
            cand --direction 'Which audio direction [string, server default: both]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;mute'= {
            cand --direction 'Which audio direction [string, server default: both]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;unmute'= {
            cand --direction 'Which audio direction [string, server default: both]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;unmute'= {
            cand --direction 'Which audio direction [string, server default: both]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;unmute'= {
            cand --direction 'Which audio direction [string, server default: both]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;hold'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;hold'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;hold'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;unhold'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;unhold'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;unhold'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;start-moh'= {
            cand --moh-class 'Music on hold class [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;start-moh'= {
            cand --moh-class 'Music on hold class [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;start-moh'= {
            cand --moh-class 'Music on hold class [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;stop-moh'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;stop-moh'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;stop-moh'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;start-silence'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;start-silence'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;start-silence'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;stop-silence'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;stop-silence'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;stop-silence'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;play'= {
            cand --media 'Media URIs: sound:, recording:, number:, digits:, characters:, tone: [string, required, repeatable or comma list]'
            cand --lang 'Language of the sounds, e.g. en, fr [string]'
            cand --offsetms 'Start this many milliseconds into the media [int]'
            cand --skipms 'Milliseconds to skip on forward and reverse [int, server default: 3000]'
            cand --playback-id 'Playback id [string]; sends POST /channels/{channelId}/play/{playbackId}'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;play'= {
            cand --media 'Media URIs: sound:, recording:, number:, digits:, characters:, tone: [string, required, repeatable or comma list]'
            cand --lang 'Language of the sounds, e.g. en, fr [string]'
            cand --offsetms 'Start this many milliseconds into the media [int]'
            cand --skipms 'Milliseconds to skip on forward and reverse [int, server default: 3000]'
            cand --playback-id 'Playback id [string]; sends POST /channels/{channelId}/play/{playbackId}'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;play'= {
            cand --media 'Media URIs: sound:, recording:, number:, digits:, characters:, tone: [string, required, repeatable or comma list]'
            cand --lang 'Language of the sounds, e.g. en, fr [string]'
            cand --offsetms 'Start this many milliseconds into the media [int]'
            cand --skipms 'Milliseconds to skip on forward and reverse [int, server default: 3000]'
            cand --playback-id 'Playback id [string]; sends POST /channels/{channelId}/play/{playbackId}'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;record'= {
            cand --name 'Name of the recording: the file name without extension [string, required]'
            cand --format 'Audio format, e.g. wav, ulaw, gsm [string, required]'
            cand --max-duration-seconds 'Stop recording after this many seconds (0: no limit) [int, server default: 0]'
            cand --max-silence-seconds 'Stop recording after this many seconds of silence (0: no limit) [int, server default: 0]'
            cand --if-exists 'What to do when a recording of that name exists [string, server default: fail]'
            cand --beep 'Play a beep before recording starts [boolean, server default: false]'
            cand --terminate-on 'DTMF digit that ends the recording [string, server default: none]'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;record'= {
            cand --name 'Name of the recording: the file name without extension [string, required]'
            cand --format 'Audio format, e.g. wav, ulaw, gsm [string, required]'
            cand --max-duration-seconds 'Stop recording after this many seconds (0: no limit) [int, server default: 0]'
            cand --max-silence-seconds 'Stop recording after this many seconds of silence (0: no limit) [int, server default: 0]'
            cand --if-exists 'What to do when a recording of that name exists [string, server default: fail]'
            cand --beep 'Play a beep before recording starts [boolean, server default: false]'
            cand --terminate-on 'DTMF digit that ends the recording [string, server default: none]'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;record'= {
            cand --name 'Name of the recording: the file name without extension [string, required]'
            cand --format 'Audio format, e.g. wav, ulaw, gsm [string, required]'
            cand --max-duration-seconds 'Stop recording after this many seconds (0: no limit) [int, server default: 0]'
            cand --max-silence-seconds 'Stop recording after this many seconds of silence (0: no limit) [int, server default: 0]'
            cand --if-exists 'What to do when a recording of that name exists [string, server default: fail]'
            cand --beep 'Play a beep before recording starts [boolean, server default: false]'
            cand --terminate-on 'DTMF digit that ends the recording [string, server default: none]'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;get-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;get-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;get-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;set-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --value 'New value; omit to unset [string]'
            cand --report-events 'Send ChannelVarset events when the variable changes [boolean, server default: false]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;set-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --value 'New value; omit to unset [string]'
            cand --report-events 'Send ChannelVarset events when the variable changes [boolean, server default: false]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;set-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --value 'New value; omit to unset [string]'
            cand --report-events 'Send ChannelVarset events when the variable changes [boolean, server default: false]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;get-vars'= {
            cand --variables 'Variable names [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;get-vars'= {
            cand --variables 'Variable names [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;get-vars'= {
            cand --variables 'Variable names [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;set-vars'= {
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable (required)'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;set-vars'= {
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable (required)'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;set-vars'= {
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable (required)'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;snoop'= {
            cand --spy 'Which audio of the channel the snoop channel hears [string, server default: none]'
            cand --whisper 'Which direction the snoop channel''s audio goes into the channel [string, server default: none]'
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --snoop-id 'Id for the snoop channel [string]; sends POST /channels/{channelId}/snoop/{snoopId}'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;snoop'= {
            cand --spy 'Which audio of the channel the snoop channel hears [string, server default: none]'
            cand --whisper 'Which direction the snoop channel''s audio goes into the channel [string, server default: none]'
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --snoop-id 'Id for the snoop channel [string]; sends POST /channels/{channelId}/snoop/{snoopId}'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;snoop'= {
            cand --spy 'Which audio of the channel the snoop channel hears [string, server default: none]'
            cand --whisper 'Which direction the snoop channel''s audio goes into the channel [string, server default: none]'
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --app-args 'Arguments for the Stasis application, comma separated [string]'
            cand --snoop-id 'Id for the snoop channel [string]; sends POST /channels/{channelId}/snoop/{snoopId}'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;dial'= {
            cand --caller 'Channel id of the caller, whose connected line the callee sees [string]'
            cand --timeout 'Seconds to wait for an answer (0: no limit) [int, server default: 0]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;dial'= {
            cand --caller 'Channel id of the caller, whose connected line the callee sees [string]'
            cand --timeout 'Seconds to wait for an answer (0: no limit) [int, server default: 0]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;dial'= {
            cand --caller 'Channel id of the caller, whose connected line the callee sees [string]'
            cand --timeout 'Seconds to wait for an answer (0: no limit) [int, server default: 0]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;rtp-stats'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;rtp-stats'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;rtp-stats'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;external-media'= {
            cand --channel-id 'Channel id [string]'
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --external-host 'host:port of the external media server [string]'
            cand --encapsulation 'How the media is wrapped [string, server default: rtp]'
            cand --transport 'Transport to the external media server [string, server default: udp]'
            cand --connection-type 'Whether Asterisk connects out (client) or waits (server) [string, server default: client]'
            cand --format 'Audio format, e.g. wav, ulaw, gsm [string, required]'
            cand --direction 'Which audio direction [string, server default: both]'
            cand --data 'Encapsulation-specific data (e.g. the AudioSocket UUID) [string]'
            cand --transport-data 'Transport-specific data [string]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;external-media'= {
            cand --channel-id 'Channel id [string]'
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --external-host 'host:port of the external media server [string]'
            cand --encapsulation 'How the media is wrapped [string, server default: rtp]'
            cand --transport 'Transport to the external media server [string, server default: udp]'
            cand --connection-type 'Whether Asterisk connects out (client) or waits (server) [string, server default: client]'
            cand --format 'Audio format, e.g. wav, ulaw, gsm [string, required]'
            cand --direction 'Which audio direction [string, server default: both]'
            cand --data 'Encapsulation-specific data (e.g. the AudioSocket UUID) [string]'
            cand --transport-data 'Transport-specific data [string]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;external-media'= {
            cand --channel-id 'Channel id [string]'
            cand --app 'Stasis application that gets the channel [string, required]'
            cand --external-host 'host:port of the external media server [string]'
            cand --encapsulation 'How the media is wrapped [string, server default: rtp]'
            cand --transport 'Transport to the external media server [string, server default: udp]'
            cand --connection-type 'Whether Asterisk connects out (client) or waits (server) [string, server default: client]'
            cand --format 'Audio format, e.g. wav, ulaw, gsm [string, required]'
            cand --direction 'Which audio direction [string, server default: both]'
            cand --data 'Encapsulation-specific data (e.g. the AudioSocket UUID) [string]'
            cand --transport-data 'Transport-specific data [string]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;transfer-progress'= {
            cand --states 'Transfer progress states [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;transfer-progress'= {
            cand --states 'Transfer progress states [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;transfer-progress'= {
            cand --states 'Transfer progress states [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;tap'= {
            cand --to 'Where the audio goes: a WAV file, or - for raw samples on stdout (default: tap-CHANNEL_ID.wav, or - when stdout is a pipe)'
            cand --direction 'in: what comes from the channel (its caller''s voice); out: what Asterisk sends it (what its caller hears); both mixed'
            cand --duration 'Stop after this many seconds of audio'
            cand --format 'The audio format on the wire (slin* is linear at 8 to 192 kHz; ulaw and alaw are 8 kHz G.711)'
            cand --transport 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it'
            cand --rtp-address 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;tap'= {
            cand --to 'Where the audio goes: a WAV file, or - for raw samples on stdout (default: tap-CHANNEL_ID.wav, or - when stdout is a pipe)'
            cand --direction 'in: what comes from the channel (its caller''s voice); out: what Asterisk sends it (what its caller hears); both mixed'
            cand --duration 'Stop after this many seconds of audio'
            cand --format 'The audio format on the wire (slin* is linear at 8 to 192 kHz; ulaw and alaw are 8 kHz G.711)'
            cand --transport 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it'
            cand --rtp-address 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;tap'= {
            cand --to 'Where the audio goes: a WAV file, or - for raw samples on stdout (default: tap-CHANNEL_ID.wav, or - when stdout is a pipe)'
            cand --direction 'in: what comes from the channel (its caller''s voice); out: what Asterisk sends it (what its caller hears); both mixed'
            cand --duration 'Stop after this many seconds of audio'
            cand --format 'The audio format on the wire (slin* is linear at 8 to 192 kHz; ulaw and alaw are 8 kHz G.711)'
            cand --transport 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it'
            cand --rtp-address 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;inject'= {
            cand --from 'The audio: a WAV file, or - for a WAV stream on stdin (sent as it comes)'
            cand --transport 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it'
            cand --rtp-address 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channel;inject'= {
            cand --from 'The audio: a WAV file, or - for a WAV stream on stdin (sent as it comes)'
            cand --transport 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it'
            cand --rtp-address 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;chan;inject'= {
            cand --from 'The audio: a WAV file, or - for a WAV stream on stdin (sent as it comes)'
            cand --transport 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it'
            cand --rtp-address 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;channels;help'= {
            cand list 'List the active channels'
            cand originate 'Place a call: dial an endpoint into a Stasis app or into the dialplan'
            cand create 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)'
            cand get 'Show one channel'
            cand hangup 'Hang up a channel'
            cand continue 'Leave the Stasis app and go on in the dialplan'
            cand move 'Hand a channel over to another Stasis app'
            cand redirect 'Send a channel to another endpoint (a blind transfer)'
            cand answer 'Answer a ringing channel'
            cand ring 'Play ringing to a channel'
            cand ring-stop 'Stop ringing'
            cand progress 'Indicate call progress (early media) to a channel'
            cand dtmf 'Send DTMF digits to a channel'
            cand mute 'Mute a channel'
            cand unmute 'Unmute a channel'
            cand hold 'Put a channel on hold'
            cand unhold 'Take a channel off hold'
            cand start-moh 'Play music on hold to a channel'
            cand stop-moh 'Stop music on hold'
            cand start-silence 'Play silence to a channel'
            cand stop-silence 'Stop playing silence'
            cand play 'Play sounds, recordings, numbers or tones to a channel'
            cand record 'Record the audio of a channel'
            cand get-var 'Read a channel variable or dialplan function'
            cand set-var 'Set a channel variable or dialplan function'
            cand get-vars 'Read several channel variables at once'
            cand set-vars 'Set several channel variables at once'
            cand snoop 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel'
            cand dial 'Dial a channel made by `channels create`'
            cand rtp-stats 'RTP statistics of a channel (jitter, loss, round-trip time)'
            cand external-media 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)'
            cand transfer-progress 'Report the progress of a transfer handled by the app'
            cand tap 'Hear a call: its audio into a WAV file, or raw on stdout'
            cand inject 'Speak into a call: a local WAV file played to the channel'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;channels;help;list'= {
        }
        &'ari;channels;help;originate'= {
        }
        &'ari;channels;help;create'= {
        }
        &'ari;channels;help;get'= {
        }
        &'ari;channels;help;hangup'= {
        }
        &'ari;channels;help;continue'= {
        }
        &'ari;channels;help;move'= {
        }
        &'ari;channels;help;redirect'= {
        }
        &'ari;channels;help;answer'= {
        }
        &'ari;channels;help;ring'= {
        }
        &'ari;channels;help;ring-stop'= {
        }
        &'ari;channels;help;progress'= {
        }
        &'ari;channels;help;dtmf'= {
        }
        &'ari;channels;help;mute'= {
        }
        &'ari;channels;help;unmute'= {
        }
        &'ari;channels;help;hold'= {
        }
        &'ari;channels;help;unhold'= {
        }
        &'ari;channels;help;start-moh'= {
        }
        &'ari;channels;help;stop-moh'= {
        }
        &'ari;channels;help;start-silence'= {
        }
        &'ari;channels;help;stop-silence'= {
        }
        &'ari;channels;help;play'= {
        }
        &'ari;channels;help;record'= {
        }
        &'ari;channels;help;get-var'= {
        }
        &'ari;channels;help;set-var'= {
        }
        &'ari;channels;help;get-vars'= {
        }
        &'ari;channels;help;set-vars'= {
        }
        &'ari;channels;help;snoop'= {
        }
        &'ari;channels;help;dial'= {
        }
        &'ari;channels;help;rtp-stats'= {
        }
        &'ari;channels;help;external-media'= {
        }
        &'ari;channels;help;transfer-progress'= {
        }
        &'ari;channels;help;tap'= {
        }
        &'ari;channels;help;inject'= {
        }
        &'ari;channels;help;help'= {
        }
        &'ari;channel;help'= {
            cand list 'List the active channels'
            cand originate 'Place a call: dial an endpoint into a Stasis app or into the dialplan'
            cand create 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)'
            cand get 'Show one channel'
            cand hangup 'Hang up a channel'
            cand continue 'Leave the Stasis app and go on in the dialplan'
            cand move 'Hand a channel over to another Stasis app'
            cand redirect 'Send a channel to another endpoint (a blind transfer)'
            cand answer 'Answer a ringing channel'
            cand ring 'Play ringing to a channel'
            cand ring-stop 'Stop ringing'
            cand progress 'Indicate call progress (early media) to a channel'
            cand dtmf 'Send DTMF digits to a channel'
            cand mute 'Mute a channel'
            cand unmute 'Unmute a channel'
            cand hold 'Put a channel on hold'
            cand unhold 'Take a channel off hold'
            cand start-moh 'Play music on hold to a channel'
            cand stop-moh 'Stop music on hold'
            cand start-silence 'Play silence to a channel'
            cand stop-silence 'Stop playing silence'
            cand play 'Play sounds, recordings, numbers or tones to a channel'
            cand record 'Record the audio of a channel'
            cand get-var 'Read a channel variable or dialplan function'
            cand set-var 'Set a channel variable or dialplan function'
            cand get-vars 'Read several channel variables at once'
            cand set-vars 'Set several channel variables at once'
            cand snoop 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel'
            cand dial 'Dial a channel made by `channels create`'
            cand rtp-stats 'RTP statistics of a channel (jitter, loss, round-trip time)'
            cand external-media 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)'
            cand transfer-progress 'Report the progress of a transfer handled by the app'
            cand tap 'Hear a call: its audio into a WAV file, or raw on stdout'
            cand inject 'Speak into a call: a local WAV file played to the channel'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;channel;help;list'= {
        }
        &'ari;channel;help;originate'= {
        }
        &'ari;channel;help;create'= {
        }
        &'ari;channel;help;get'= {
        }
        &'ari;channel;help;hangup'= {
        }
        &'ari;channel;help;continue'= {
        }
        &'ari;channel;help;move'= {
        }
        &'ari;channel;help;redirect'= {
        }
        &'ari;channel;help;answer'= {
        }
        &'ari;channel;help;ring'= {
        }
        &'ari;channel;help;ring-stop'= {
        }
        &'ari;channel;help;progress'= {
        }
        &'ari;channel;help;dtmf'= {
        }
        &'ari;channel;help;mute'= {
        }
        &'ari;channel;help;unmute'= {
        }
        &'ari;channel;help;hold'= {
        }
        &'ari;channel;help;unhold'= {
        }
        &'ari;channel;help;start-moh'= {
        }
        &'ari;channel;help;stop-moh'= {
        }
        &'ari;channel;help;start-silence'= {
        }
        &'ari;channel;help;stop-silence'= {
        }
        &'ari;channel;help;play'= {
        }
        &'ari;channel;help;record'= {
        }
        &'ari;channel;help;get-var'= {
        }
        &'ari;channel;help;set-var'= {
        }
        &'ari;channel;help;get-vars'= {
        }
        &'ari;channel;help;set-vars'= {
        }
        &'ari;channel;help;snoop'= {
        }
        &'ari;channel;help;dial'= {
        }
        &'ari;channel;help;rtp-stats'= {
        }
        &'ari;channel;help;external-media'= {
        }
        &'ari;channel;help;transfer-progress'= {
        }
        &'ari;channel;help;tap'= {
        }
        &'ari;channel;help;inject'= {
        }
        &'ari;channel;help;help'= {
        }
        &'ari;chan;help'= {
            cand list 'List the active channels'
            cand originate 'Place a call: dial an endpoint into a Stasis app or into the dialplan'
            cand create 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)'
            cand get 'Show one channel'
            cand hangup 'Hang up a channel'
            cand continue 'Leave the Stasis app and go on in the dialplan'
            cand move 'Hand a channel over to another Stasis app'
            cand redirect 'Send a channel to another endpoint (a blind transfer)'
            cand answer 'Answer a ringing channel'
            cand ring 'Play ringing to a channel'
            cand ring-stop 'Stop ringing'
            cand progress 'Indicate call progress (early media) to a channel'
            cand dtmf 'Send DTMF digits to a channel'
            cand mute 'Mute a channel'
            cand unmute 'Unmute a channel'
            cand hold 'Put a channel on hold'
            cand unhold 'Take a channel off hold'
            cand start-moh 'Play music on hold to a channel'
            cand stop-moh 'Stop music on hold'
            cand start-silence 'Play silence to a channel'
            cand stop-silence 'Stop playing silence'
            cand play 'Play sounds, recordings, numbers or tones to a channel'
            cand record 'Record the audio of a channel'
            cand get-var 'Read a channel variable or dialplan function'
            cand set-var 'Set a channel variable or dialplan function'
            cand get-vars 'Read several channel variables at once'
            cand set-vars 'Set several channel variables at once'
            cand snoop 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel'
            cand dial 'Dial a channel made by `channels create`'
            cand rtp-stats 'RTP statistics of a channel (jitter, loss, round-trip time)'
            cand external-media 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)'
            cand transfer-progress 'Report the progress of a transfer handled by the app'
            cand tap 'Hear a call: its audio into a WAV file, or raw on stdout'
            cand inject 'Speak into a call: a local WAV file played to the channel'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;chan;help;list'= {
        }
        &'ari;chan;help;originate'= {
        }
        &'ari;chan;help;create'= {
        }
        &'ari;chan;help;get'= {
        }
        &'ari;chan;help;hangup'= {
        }
        &'ari;chan;help;continue'= {
        }
        &'ari;chan;help;move'= {
        }
        &'ari;chan;help;redirect'= {
        }
        &'ari;chan;help;answer'= {
        }
        &'ari;chan;help;ring'= {
        }
        &'ari;chan;help;ring-stop'= {
        }
        &'ari;chan;help;progress'= {
        }
        &'ari;chan;help;dtmf'= {
        }
        &'ari;chan;help;mute'= {
        }
        &'ari;chan;help;unmute'= {
        }
        &'ari;chan;help;hold'= {
        }
        &'ari;chan;help;unhold'= {
        }
        &'ari;chan;help;start-moh'= {
        }
        &'ari;chan;help;stop-moh'= {
        }
        &'ari;chan;help;start-silence'= {
        }
        &'ari;chan;help;stop-silence'= {
        }
        &'ari;chan;help;play'= {
        }
        &'ari;chan;help;record'= {
        }
        &'ari;chan;help;get-var'= {
        }
        &'ari;chan;help;set-var'= {
        }
        &'ari;chan;help;get-vars'= {
        }
        &'ari;chan;help;set-vars'= {
        }
        &'ari;chan;help;snoop'= {
        }
        &'ari;chan;help;dial'= {
        }
        &'ari;chan;help;rtp-stats'= {
        }
        &'ari;chan;help;external-media'= {
        }
        &'ari;chan;help;transfer-progress'= {
        }
        &'ari;chan;help;tap'= {
        }
        &'ari;chan;help;inject'= {
        }
        &'ari;chan;help;help'= {
        }
        &'ari;bridges'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the bridges'
            cand create 'Create a bridge'
            cand get 'Show one bridge'
            cand destroy 'Destroy a bridge (its channels stay up)'
            cand get-var 'Read a bridge variable'
            cand set-var 'Set a bridge variable'
            cand get-vars 'Read several bridge variables at once'
            cand set-vars 'Set several bridge variables at once'
            cand add-channel 'Put channels into a bridge'
            cand remove-channel 'Take channels out of a bridge'
            cand set-video-source 'Show one channel''s video to everyone in the bridge'
            cand clear-video-source 'Go back to talker-driven video in the bridge'
            cand start-moh 'Play music on hold to the bridge'
            cand stop-moh 'Stop music on hold in the bridge'
            cand play 'Play media to every channel in the bridge'
            cand record 'Record the mixed audio of the bridge'
            cand inject 'Speak into a bridge: a local WAV file played to everyone in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;bridge'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the bridges'
            cand create 'Create a bridge'
            cand get 'Show one bridge'
            cand destroy 'Destroy a bridge (its channels stay up)'
            cand get-var 'Read a bridge variable'
            cand set-var 'Set a bridge variable'
            cand get-vars 'Read several bridge variables at once'
            cand set-vars 'Set several bridge variables at once'
            cand add-channel 'Put channels into a bridge'
            cand remove-channel 'Take channels out of a bridge'
            cand set-video-source 'Show one channel''s video to everyone in the bridge'
            cand clear-video-source 'Go back to talker-driven video in the bridge'
            cand start-moh 'Play music on hold to the bridge'
            cand stop-moh 'Stop music on hold in the bridge'
            cand play 'Play media to every channel in the bridge'
            cand record 'Record the mixed audio of the bridge'
            cand inject 'Speak into a bridge: a local WAV file played to everyone in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;bridges;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;create'= {
            cand --type 'Bridge features, comma list: mixing, holding, dtmf_events, proxy_media, video_sfu, video_single, sdp_label [string]'
            cand --bridge-id 'Id for the new bridge (or use --id) [string]'
            cand --name 'Name of the bridge, shown in listings [string]'
            cand --id 'Bridge id of your choosing: sends POST /bridges/{bridgeId}'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;create'= {
            cand --type 'Bridge features, comma list: mixing, holding, dtmf_events, proxy_media, video_sfu, video_single, sdp_label [string]'
            cand --bridge-id 'Id for the new bridge (or use --id) [string]'
            cand --name 'Name of the bridge, shown in listings [string]'
            cand --id 'Bridge id of your choosing: sends POST /bridges/{bridgeId}'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;destroy'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;destroy'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;get-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;get-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;set-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --value 'New value; omit to unset [string]'
            cand --report-events 'Send ChannelVarset events when the variable changes [boolean, server default: false]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;set-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --value 'New value; omit to unset [string]'
            cand --report-events 'Send ChannelVarset events when the variable changes [boolean, server default: false]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;get-vars'= {
            cand --variables 'Variable names [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;get-vars'= {
            cand --variables 'Variable names [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;set-vars'= {
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable (required)'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;set-vars'= {
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable (required)'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;add-channel'= {
            cand --channel 'Channel ids [string, required, repeatable or comma list]'
            cand --role 'Role of the channel in the bridge [string]'
            cand --absorb-dtmf 'Swallow the channel''s DTMF instead of passing it to the bridge [boolean, server default: false]'
            cand --mute 'Mute the channel''s audio into the bridge [boolean, server default: false]'
            cand --inhibit-connected-line-updates 'Do not update connected line information on entering [boolean, server default: false]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;add-channel'= {
            cand --channel 'Channel ids [string, required, repeatable or comma list]'
            cand --role 'Role of the channel in the bridge [string]'
            cand --absorb-dtmf 'Swallow the channel''s DTMF instead of passing it to the bridge [boolean, server default: false]'
            cand --mute 'Mute the channel''s audio into the bridge [boolean, server default: false]'
            cand --inhibit-connected-line-updates 'Do not update connected line information on entering [boolean, server default: false]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;remove-channel'= {
            cand --channel 'Channel ids [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;remove-channel'= {
            cand --channel 'Channel ids [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;set-video-source'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;set-video-source'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;clear-video-source'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;clear-video-source'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;start-moh'= {
            cand --moh-class 'Music on hold class [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;start-moh'= {
            cand --moh-class 'Music on hold class [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;stop-moh'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;stop-moh'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;play'= {
            cand --media 'Media URIs: sound:, recording:, number:, digits:, characters:, tone: [string, required, repeatable or comma list]'
            cand --announcer-format 'Audio format of the announcer channel (for mixing bridges) [string]'
            cand --lang 'Language of the sounds, e.g. en, fr [string]'
            cand --offsetms 'Start this many milliseconds into the media [int, server default: 0]'
            cand --skipms 'Milliseconds to skip on forward and reverse [int, server default: 3000]'
            cand --playback-id 'Playback id [string]; sends POST /bridges/{bridgeId}/play/{playbackId}'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;play'= {
            cand --media 'Media URIs: sound:, recording:, number:, digits:, characters:, tone: [string, required, repeatable or comma list]'
            cand --announcer-format 'Audio format of the announcer channel (for mixing bridges) [string]'
            cand --lang 'Language of the sounds, e.g. en, fr [string]'
            cand --offsetms 'Start this many milliseconds into the media [int, server default: 0]'
            cand --skipms 'Milliseconds to skip on forward and reverse [int, server default: 3000]'
            cand --playback-id 'Playback id [string]; sends POST /bridges/{bridgeId}/play/{playbackId}'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;record'= {
            cand --name 'Name of the recording: the file name without extension [string, required]'
            cand --format 'Audio format, e.g. wav, ulaw, gsm [string, required]'
            cand --recorder-format 'Audio format of the recorder channel [string]'
            cand --max-duration-seconds 'Stop recording after this many seconds (0: no limit) [int, server default: 0]'
            cand --max-silence-seconds 'Stop recording after this many seconds of silence (0: no limit) [int, server default: 0]'
            cand --if-exists 'What to do when a recording of that name exists [string, server default: fail]'
            cand --beep 'Play a beep before recording starts [boolean, server default: false]'
            cand --terminate-on 'DTMF digit that ends the recording [string, server default: none]'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;record'= {
            cand --name 'Name of the recording: the file name without extension [string, required]'
            cand --format 'Audio format, e.g. wav, ulaw, gsm [string, required]'
            cand --recorder-format 'Audio format of the recorder channel [string]'
            cand --max-duration-seconds 'Stop recording after this many seconds (0: no limit) [int, server default: 0]'
            cand --max-silence-seconds 'Stop recording after this many seconds of silence (0: no limit) [int, server default: 0]'
            cand --if-exists 'What to do when a recording of that name exists [string, server default: fail]'
            cand --beep 'Play a beep before recording starts [boolean, server default: false]'
            cand --terminate-on 'DTMF digit that ends the recording [string, server default: none]'
            cand --wait 'Then wait for this event (type or glob) about the new object and print it instead (-q: the object''s id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)'
            cand --wait-timeout 'Give up waiting after SECS with exit 9 [default: 60]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;inject'= {
            cand --from 'The audio: a WAV file, or - for a WAV stream on stdin (sent as it comes)'
            cand --transport 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it'
            cand --rtp-address 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridge;inject'= {
            cand --from 'The audio: a WAV file, or - for a WAV stream on stdin (sent as it comes)'
            cand --transport 'websocket: chan_websocket over the server''s HTTP port; rtp: RTP over UDP; auto: websocket where the server has it'
            cand --rtp-address 'RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;bridges;help'= {
            cand list 'List the bridges'
            cand create 'Create a bridge'
            cand get 'Show one bridge'
            cand destroy 'Destroy a bridge (its channels stay up)'
            cand get-var 'Read a bridge variable'
            cand set-var 'Set a bridge variable'
            cand get-vars 'Read several bridge variables at once'
            cand set-vars 'Set several bridge variables at once'
            cand add-channel 'Put channels into a bridge'
            cand remove-channel 'Take channels out of a bridge'
            cand set-video-source 'Show one channel''s video to everyone in the bridge'
            cand clear-video-source 'Go back to talker-driven video in the bridge'
            cand start-moh 'Play music on hold to the bridge'
            cand stop-moh 'Stop music on hold in the bridge'
            cand play 'Play media to every channel in the bridge'
            cand record 'Record the mixed audio of the bridge'
            cand inject 'Speak into a bridge: a local WAV file played to everyone in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;bridges;help;list'= {
        }
        &'ari;bridges;help;create'= {
        }
        &'ari;bridges;help;get'= {
        }
        &'ari;bridges;help;destroy'= {
        }
        &'ari;bridges;help;get-var'= {
        }
        &'ari;bridges;help;set-var'= {
        }
        &'ari;bridges;help;get-vars'= {
        }
        &'ari;bridges;help;set-vars'= {
        }
        &'ari;bridges;help;add-channel'= {
        }
        &'ari;bridges;help;remove-channel'= {
        }
        &'ari;bridges;help;set-video-source'= {
        }
        &'ari;bridges;help;clear-video-source'= {
        }
        &'ari;bridges;help;start-moh'= {
        }
        &'ari;bridges;help;stop-moh'= {
        }
        &'ari;bridges;help;play'= {
        }
        &'ari;bridges;help;record'= {
        }
        &'ari;bridges;help;inject'= {
        }
        &'ari;bridges;help;help'= {
        }
        &'ari;bridge;help'= {
            cand list 'List the bridges'
            cand create 'Create a bridge'
            cand get 'Show one bridge'
            cand destroy 'Destroy a bridge (its channels stay up)'
            cand get-var 'Read a bridge variable'
            cand set-var 'Set a bridge variable'
            cand get-vars 'Read several bridge variables at once'
            cand set-vars 'Set several bridge variables at once'
            cand add-channel 'Put channels into a bridge'
            cand remove-channel 'Take channels out of a bridge'
            cand set-video-source 'Show one channel''s video to everyone in the bridge'
            cand clear-video-source 'Go back to talker-driven video in the bridge'
            cand start-moh 'Play music on hold to the bridge'
            cand stop-moh 'Stop music on hold in the bridge'
            cand play 'Play media to every channel in the bridge'
            cand record 'Record the mixed audio of the bridge'
            cand inject 'Speak into a bridge: a local WAV file played to everyone in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;bridge;help;list'= {
        }
        &'ari;bridge;help;create'= {
        }
        &'ari;bridge;help;get'= {
        }
        &'ari;bridge;help;destroy'= {
        }
        &'ari;bridge;help;get-var'= {
        }
        &'ari;bridge;help;set-var'= {
        }
        &'ari;bridge;help;get-vars'= {
        }
        &'ari;bridge;help;set-vars'= {
        }
        &'ari;bridge;help;add-channel'= {
        }
        &'ari;bridge;help;remove-channel'= {
        }
        &'ari;bridge;help;set-video-source'= {
        }
        &'ari;bridge;help;clear-video-source'= {
        }
        &'ari;bridge;help;start-moh'= {
        }
        &'ari;bridge;help;stop-moh'= {
        }
        &'ari;bridge;help;play'= {
        }
        &'ari;bridge;help;record'= {
        }
        &'ari;bridge;help;inject'= {
        }
        &'ari;bridge;help;help'= {
        }
        &'ari;endpoints'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List all endpoints'
            cand send-message 'Send a text message (SIP MESSAGE) to a URI'
            cand refer 'Send a SIP REFER to a URI'
            cand list-by-tech 'List the endpoints of one technology'
            cand get 'Show one endpoint and its channels'
            cand send-message-to-endpoint 'Send a text message to one endpoint'
            cand refer-to-endpoint 'Send a SIP REFER to one endpoint'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;endpoint'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List all endpoints'
            cand send-message 'Send a text message (SIP MESSAGE) to a URI'
            cand refer 'Send a SIP REFER to a URI'
            cand list-by-tech 'List the endpoints of one technology'
            cand get 'Show one endpoint and its channels'
            cand send-message-to-endpoint 'Send a text message to one endpoint'
            cand refer-to-endpoint 'Send a SIP REFER to one endpoint'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;endpoints;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoint;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoints;send-message'= {
            cand --to 'Destination URI [string, required]'
            cand --from 'Sender URI or endpoint [string, required]'
            cand --body 'Text of the message [string]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoint;send-message'= {
            cand --to 'Destination URI [string, required]'
            cand --from 'Sender URI or endpoint [string, required]'
            cand --body 'Text of the message [string]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoints;refer'= {
            cand --to 'Destination URI [string, required]'
            cand --from 'Sender URI or endpoint [string, required]'
            cand --refer-to 'URI to refer the far end to [string, required]'
            cand --to-self 'Let the far end refer to itself [boolean, server default: false]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoint;refer'= {
            cand --to 'Destination URI [string, required]'
            cand --from 'Sender URI or endpoint [string, required]'
            cand --refer-to 'URI to refer the far end to [string, required]'
            cand --to-self 'Let the far end refer to itself [boolean, server default: false]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoints;list-by-tech'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoint;list-by-tech'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoints;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoint;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoints;send-message-to-endpoint'= {
            cand --from 'Sender URI or endpoint [string, required]'
            cand --body 'Text of the message [string]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoint;send-message-to-endpoint'= {
            cand --from 'Sender URI or endpoint [string, required]'
            cand --body 'Text of the message [string]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoints;refer-to-endpoint'= {
            cand --from 'Sender URI or endpoint [string, required]'
            cand --refer-to 'URI to refer the far end to [string, required]'
            cand --to-self 'Let the far end refer to itself [boolean, server default: false]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoint;refer-to-endpoint'= {
            cand --from 'Sender URI or endpoint [string, required]'
            cand --refer-to 'URI to refer the far end to [string, required]'
            cand --to-self 'Let the far end refer to itself [boolean, server default: false]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;endpoints;help'= {
            cand list 'List all endpoints'
            cand send-message 'Send a text message (SIP MESSAGE) to a URI'
            cand refer 'Send a SIP REFER to a URI'
            cand list-by-tech 'List the endpoints of one technology'
            cand get 'Show one endpoint and its channels'
            cand send-message-to-endpoint 'Send a text message to one endpoint'
            cand refer-to-endpoint 'Send a SIP REFER to one endpoint'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;endpoints;help;list'= {
        }
        &'ari;endpoints;help;send-message'= {
        }
        &'ari;endpoints;help;refer'= {
        }
        &'ari;endpoints;help;list-by-tech'= {
        }
        &'ari;endpoints;help;get'= {
        }
        &'ari;endpoints;help;send-message-to-endpoint'= {
        }
        &'ari;endpoints;help;refer-to-endpoint'= {
        }
        &'ari;endpoints;help;help'= {
        }
        &'ari;endpoint;help'= {
            cand list 'List all endpoints'
            cand send-message 'Send a text message (SIP MESSAGE) to a URI'
            cand refer 'Send a SIP REFER to a URI'
            cand list-by-tech 'List the endpoints of one technology'
            cand get 'Show one endpoint and its channels'
            cand send-message-to-endpoint 'Send a text message to one endpoint'
            cand refer-to-endpoint 'Send a SIP REFER to one endpoint'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;endpoint;help;list'= {
        }
        &'ari;endpoint;help;send-message'= {
        }
        &'ari;endpoint;help;refer'= {
        }
        &'ari;endpoint;help;list-by-tech'= {
        }
        &'ari;endpoint;help;get'= {
        }
        &'ari;endpoint;help;send-message-to-endpoint'= {
        }
        &'ari;endpoint;help;refer-to-endpoint'= {
        }
        &'ari;endpoint;help;help'= {
        }
        &'ari;applications'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the registered Stasis applications'
            cand get 'Show one application and its subscriptions'
            cand subscribe 'Subscribe an application to the events of channels, bridges, endpoints or devices'
            cand unsubscribe 'Unsubscribe an application from event sources'
            cand filter 'Choose which event types an application receives'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;apps'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the registered Stasis applications'
            cand get 'Show one application and its subscriptions'
            cand subscribe 'Subscribe an application to the events of channels, bridges, endpoints or devices'
            cand unsubscribe 'Unsubscribe an application from event sources'
            cand filter 'Choose which event types an application receives'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;app'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the registered Stasis applications'
            cand get 'Show one application and its subscriptions'
            cand subscribe 'Subscribe an application to the events of channels, bridges, endpoints or devices'
            cand unsubscribe 'Unsubscribe an application from event sources'
            cand filter 'Choose which event types an application receives'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;applications;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;apps;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;app;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;applications;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;apps;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;app;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;applications;subscribe'= {
            cand --event-source 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;apps;subscribe'= {
            cand --event-source 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;app;subscribe'= {
            cand --event-source 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;applications;unsubscribe'= {
            cand --event-source 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;apps;unsubscribe'= {
            cand --event-source 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;app;unsubscribe'= {
            cand --event-source 'Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, required, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;applications;filter'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;apps;filter'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;app;filter'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;applications;help'= {
            cand list 'List the registered Stasis applications'
            cand get 'Show one application and its subscriptions'
            cand subscribe 'Subscribe an application to the events of channels, bridges, endpoints or devices'
            cand unsubscribe 'Unsubscribe an application from event sources'
            cand filter 'Choose which event types an application receives'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;applications;help;list'= {
        }
        &'ari;applications;help;get'= {
        }
        &'ari;applications;help;subscribe'= {
        }
        &'ari;applications;help;unsubscribe'= {
        }
        &'ari;applications;help;filter'= {
        }
        &'ari;applications;help;help'= {
        }
        &'ari;apps;help'= {
            cand list 'List the registered Stasis applications'
            cand get 'Show one application and its subscriptions'
            cand subscribe 'Subscribe an application to the events of channels, bridges, endpoints or devices'
            cand unsubscribe 'Unsubscribe an application from event sources'
            cand filter 'Choose which event types an application receives'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;apps;help;list'= {
        }
        &'ari;apps;help;get'= {
        }
        &'ari;apps;help;subscribe'= {
        }
        &'ari;apps;help;unsubscribe'= {
        }
        &'ari;apps;help;filter'= {
        }
        &'ari;apps;help;help'= {
        }
        &'ari;app;help'= {
            cand list 'List the registered Stasis applications'
            cand get 'Show one application and its subscriptions'
            cand subscribe 'Subscribe an application to the events of channels, bridges, endpoints or devices'
            cand unsubscribe 'Unsubscribe an application from event sources'
            cand filter 'Choose which event types an application receives'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;app;help;list'= {
        }
        &'ari;app;help;get'= {
        }
        &'ari;app;help;subscribe'= {
        }
        &'ari;app;help;unsubscribe'= {
        }
        &'ari;app;help;filter'= {
        }
        &'ari;app;help;help'= {
        }
        &'ari;asterisk'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand get-config 'Read a dynamic configuration object (sorcery)'
            cand set-config 'Create or update a dynamic configuration object'
            cand delete-config 'Delete a dynamic configuration object'
            cand info 'Version, build, configuration and status of the server'
            cand ping 'Check that the server answers'
            cand list-modules 'List the loaded modules'
            cand get-module 'Show one module'
            cand load-module 'Load a module'
            cand unload-module 'Unload a module'
            cand reload-module 'Reload a module'
            cand list-logs 'List the log channels'
            cand add-log 'Add a log channel'
            cand delete-log 'Delete a log channel'
            cand rotate-log 'Rotate a log channel'
            cand get-var 'Read a global variable'
            cand set-var 'Set a global variable'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;asterisk;get-config'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;set-config'= {
            cand --attr 'Configuration field, sent as {"fields": [{"attribute": KEY, "value": VALUE}]}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;delete-config'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;info'= {
            cand --only 'Sections to return: build, system, config, status [string, repeatable or comma list]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;ping'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;list-modules'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;get-module'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;load-module'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;unload-module'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;reload-module'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;list-logs'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;add-log'= {
            cand --configuration 'Log levels of the channel, e.g. ''notice,warning,error'' [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;delete-log'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;rotate-log'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;get-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;set-var'= {
            cand --variable 'Variable name or dialplan function, e.g. CALLERID(num) [string, required]'
            cand --value 'New value; omit to unset [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;asterisk;help'= {
            cand get-config 'Read a dynamic configuration object (sorcery)'
            cand set-config 'Create or update a dynamic configuration object'
            cand delete-config 'Delete a dynamic configuration object'
            cand info 'Version, build, configuration and status of the server'
            cand ping 'Check that the server answers'
            cand list-modules 'List the loaded modules'
            cand get-module 'Show one module'
            cand load-module 'Load a module'
            cand unload-module 'Unload a module'
            cand reload-module 'Reload a module'
            cand list-logs 'List the log channels'
            cand add-log 'Add a log channel'
            cand delete-log 'Delete a log channel'
            cand rotate-log 'Rotate a log channel'
            cand get-var 'Read a global variable'
            cand set-var 'Set a global variable'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;asterisk;help;get-config'= {
        }
        &'ari;asterisk;help;set-config'= {
        }
        &'ari;asterisk;help;delete-config'= {
        }
        &'ari;asterisk;help;info'= {
        }
        &'ari;asterisk;help;ping'= {
        }
        &'ari;asterisk;help;list-modules'= {
        }
        &'ari;asterisk;help;get-module'= {
        }
        &'ari;asterisk;help;load-module'= {
        }
        &'ari;asterisk;help;unload-module'= {
        }
        &'ari;asterisk;help;reload-module'= {
        }
        &'ari;asterisk;help;list-logs'= {
        }
        &'ari;asterisk;help;add-log'= {
        }
        &'ari;asterisk;help;delete-log'= {
        }
        &'ari;asterisk;help;rotate-log'= {
        }
        &'ari;asterisk;help;get-var'= {
        }
        &'ari;asterisk;help;set-var'= {
        }
        &'ari;asterisk;help;help'= {
        }
        &'ari;playbacks'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand get 'Show one playback'
            cand stop 'Stop a playback'
            cand control 'Pause, unpause, restart, rewind or fast-forward a playback'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;playback'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand get 'Show one playback'
            cand stop 'Stop a playback'
            cand control 'Pause, unpause, restart, rewind or fast-forward a playback'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;playbacks;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;playback;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;playbacks;stop'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;playback;stop'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;playbacks;control'= {
            cand --operation 'What to do with the playback [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;playback;control'= {
            cand --operation 'What to do with the playback [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;playbacks;help'= {
            cand get 'Show one playback'
            cand stop 'Stop a playback'
            cand control 'Pause, unpause, restart, rewind or fast-forward a playback'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;playbacks;help;get'= {
        }
        &'ari;playbacks;help;stop'= {
        }
        &'ari;playbacks;help;control'= {
        }
        &'ari;playbacks;help;help'= {
        }
        &'ari;playback;help'= {
            cand get 'Show one playback'
            cand stop 'Stop a playback'
            cand control 'Pause, unpause, restart, rewind or fast-forward a playback'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;playback;help;get'= {
        }
        &'ari;playback;help;stop'= {
        }
        &'ari;playback;help;control'= {
        }
        &'ari;playback;help;help'= {
        }
        &'ari;recordings'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the stored recordings'
            cand get 'Show one stored recording'
            cand delete 'Delete a stored recording'
            cand download 'Download the audio of a stored recording (--to FILE, or stdout when piped)'
            cand copy 'Copy a stored recording'
            cand get-live 'Show a recording in progress'
            cand cancel 'Stop a recording in progress and throw it away'
            cand stop 'Stop a recording in progress and keep it'
            cand pause 'Pause a recording in progress'
            cand unpause 'Resume a paused recording'
            cand mute 'Record silence instead of the audio until unmuted'
            cand unmute 'Record the audio again after a mute'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;recording'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the stored recordings'
            cand get 'Show one stored recording'
            cand delete 'Delete a stored recording'
            cand download 'Download the audio of a stored recording (--to FILE, or stdout when piped)'
            cand copy 'Copy a stored recording'
            cand get-live 'Show a recording in progress'
            cand cancel 'Stop a recording in progress and throw it away'
            cand stop 'Stop a recording in progress and keep it'
            cand pause 'Pause a recording in progress'
            cand unpause 'Resume a paused recording'
            cand mute 'Record silence instead of the audio until unmuted'
            cand unmute 'Record the audio again after a mute'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;recordings;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;delete'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;delete'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;download'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand --to 'Write the audio to FILE (default: stdout, when it is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;download'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand --to 'Write the audio to FILE (default: stdout, when it is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;copy'= {
            cand --destination-recording-name 'Name of the copy [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;copy'= {
            cand --destination-recording-name 'Name of the copy [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;get-live'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;get-live'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;cancel'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;cancel'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;stop'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;stop'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;pause'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;pause'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;unpause'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;unpause'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;mute'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;mute'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;unmute'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recording;unmute'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;recordings;help'= {
            cand list 'List the stored recordings'
            cand get 'Show one stored recording'
            cand delete 'Delete a stored recording'
            cand download 'Download the audio of a stored recording (--to FILE, or stdout when piped)'
            cand copy 'Copy a stored recording'
            cand get-live 'Show a recording in progress'
            cand cancel 'Stop a recording in progress and throw it away'
            cand stop 'Stop a recording in progress and keep it'
            cand pause 'Pause a recording in progress'
            cand unpause 'Resume a paused recording'
            cand mute 'Record silence instead of the audio until unmuted'
            cand unmute 'Record the audio again after a mute'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;recordings;help;list'= {
        }
        &'ari;recordings;help;get'= {
        }
        &'ari;recordings;help;delete'= {
        }
        &'ari;recordings;help;download'= {
        }
        &'ari;recordings;help;copy'= {
        }
        &'ari;recordings;help;get-live'= {
        }
        &'ari;recordings;help;cancel'= {
        }
        &'ari;recordings;help;stop'= {
        }
        &'ari;recordings;help;pause'= {
        }
        &'ari;recordings;help;unpause'= {
        }
        &'ari;recordings;help;mute'= {
        }
        &'ari;recordings;help;unmute'= {
        }
        &'ari;recordings;help;help'= {
        }
        &'ari;recording;help'= {
            cand list 'List the stored recordings'
            cand get 'Show one stored recording'
            cand delete 'Delete a stored recording'
            cand download 'Download the audio of a stored recording (--to FILE, or stdout when piped)'
            cand copy 'Copy a stored recording'
            cand get-live 'Show a recording in progress'
            cand cancel 'Stop a recording in progress and throw it away'
            cand stop 'Stop a recording in progress and keep it'
            cand pause 'Pause a recording in progress'
            cand unpause 'Resume a paused recording'
            cand mute 'Record silence instead of the audio until unmuted'
            cand unmute 'Record the audio again after a mute'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;recording;help;list'= {
        }
        &'ari;recording;help;get'= {
        }
        &'ari;recording;help;delete'= {
        }
        &'ari;recording;help;download'= {
        }
        &'ari;recording;help;copy'= {
        }
        &'ari;recording;help;get-live'= {
        }
        &'ari;recording;help;cancel'= {
        }
        &'ari;recording;help;stop'= {
        }
        &'ari;recording;help;pause'= {
        }
        &'ari;recording;help;unpause'= {
        }
        &'ari;recording;help;mute'= {
        }
        &'ari;recording;help;unmute'= {
        }
        &'ari;recording;help;help'= {
        }
        &'ari;sounds'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the installed sound prompts'
            cand get 'Show one sound prompt and its languages and formats'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;sound'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the installed sound prompts'
            cand get 'Show one sound prompt and its languages and formats'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;sounds;list'= {
            cand --lang 'Only sounds in this language [string]'
            cand --format 'Only sounds in this format [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;sound;list'= {
            cand --lang 'Only sounds in this language [string]'
            cand --format 'Only sounds in this format [string]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;sounds;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;sound;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;sounds;help'= {
            cand list 'List the installed sound prompts'
            cand get 'Show one sound prompt and its languages and formats'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;sounds;help;list'= {
        }
        &'ari;sounds;help;get'= {
        }
        &'ari;sounds;help;help'= {
        }
        &'ari;sound;help'= {
            cand list 'List the installed sound prompts'
            cand get 'Show one sound prompt and its languages and formats'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;sound;help;list'= {
        }
        &'ari;sound;help;get'= {
        }
        &'ari;sound;help;help'= {
        }
        &'ari;device-states'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the device states that ARI controls'
            cand get 'Show one device state'
            cand update 'Change a device state (creates it if needed)'
            cand delete 'Delete a device state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;deviceStates'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the device states that ARI controls'
            cand get 'Show one device state'
            cand update 'Change a device state (creates it if needed)'
            cand delete 'Delete a device state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;devicestates'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the device states that ARI controls'
            cand get 'Show one device state'
            cand update 'Change a device state (creates it if needed)'
            cand delete 'Delete a device state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;device-states;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;deviceStates;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;devicestates;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;device-states;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;deviceStates;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;devicestates;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;device-states;update'= {
            cand --device-state 'New state of the device [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;deviceStates;update'= {
            cand --device-state 'New state of the device [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;devicestates;update'= {
            cand --device-state 'New state of the device [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;device-states;delete'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;deviceStates;delete'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;devicestates;delete'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;device-states;help'= {
            cand list 'List the device states that ARI controls'
            cand get 'Show one device state'
            cand update 'Change a device state (creates it if needed)'
            cand delete 'Delete a device state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;device-states;help;list'= {
        }
        &'ari;device-states;help;get'= {
        }
        &'ari;device-states;help;update'= {
        }
        &'ari;device-states;help;delete'= {
        }
        &'ari;device-states;help;help'= {
        }
        &'ari;deviceStates;help'= {
            cand list 'List the device states that ARI controls'
            cand get 'Show one device state'
            cand update 'Change a device state (creates it if needed)'
            cand delete 'Delete a device state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;deviceStates;help;list'= {
        }
        &'ari;deviceStates;help;get'= {
        }
        &'ari;deviceStates;help;update'= {
        }
        &'ari;deviceStates;help;delete'= {
        }
        &'ari;deviceStates;help;help'= {
        }
        &'ari;devicestates;help'= {
            cand list 'List the device states that ARI controls'
            cand get 'Show one device state'
            cand update 'Change a device state (creates it if needed)'
            cand delete 'Delete a device state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;devicestates;help;list'= {
        }
        &'ari;devicestates;help;get'= {
        }
        &'ari;devicestates;help;update'= {
        }
        &'ari;devicestates;help;delete'= {
        }
        &'ari;devicestates;help;help'= {
        }
        &'ari;mailboxes'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the mailboxes that ARI controls'
            cand get 'Show one mailbox''s message counts'
            cand update 'Set a mailbox''s message counts (creates it if needed)'
            cand delete 'Delete a mailbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;mailbox'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the mailboxes that ARI controls'
            cand get 'Show one mailbox''s message counts'
            cand update 'Set a mailbox''s message counts (creates it if needed)'
            cand delete 'Delete a mailbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;mailboxes;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;mailbox;list'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;mailboxes;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;mailbox;get'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;mailboxes;update'= {
            cand --old-messages 'Number of old messages [int, required]'
            cand --new-messages 'Number of new messages [int, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;mailbox;update'= {
            cand --old-messages 'Number of old messages [int, required]'
            cand --new-messages 'Number of new messages [int, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;mailboxes;delete'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;mailbox;delete'= {
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;mailboxes;help'= {
            cand list 'List the mailboxes that ARI controls'
            cand get 'Show one mailbox''s message counts'
            cand update 'Set a mailbox''s message counts (creates it if needed)'
            cand delete 'Delete a mailbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;mailboxes;help;list'= {
        }
        &'ari;mailboxes;help;get'= {
        }
        &'ari;mailboxes;help;update'= {
        }
        &'ari;mailboxes;help;delete'= {
        }
        &'ari;mailboxes;help;help'= {
        }
        &'ari;mailbox;help'= {
            cand list 'List the mailboxes that ARI controls'
            cand get 'Show one mailbox''s message counts'
            cand update 'Set a mailbox''s message counts (creates it if needed)'
            cand delete 'Delete a mailbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;mailbox;help;list'= {
        }
        &'ari;mailbox;help;get'= {
        }
        &'ari;mailbox;help;update'= {
        }
        &'ari;mailbox;help;delete'= {
        }
        &'ari;mailbox;help;help'= {
        }
        &'ari;events'= {
            cand --app 'Application(s) to register [default: the profile''s app, else a private name]'
            cand --type 'Only event types matching GLOB (e.g. ''Channel*''); repeatable'
            cand --exclude-type 'Leave out event types matching GLOB; repeatable'
            cand --channel 'Only events about this channel (also its playbacks, recordings and bridges)'
            cand --bridge 'Only events about this bridge'
            cand --match 'Only events whose field at PATH equals VALUE (e.g. channel.state=Up); repeatable'
            cand --listen 'Be the server Asterisk''s outbound WebSocket connects to [default: 127.0.0.1:8765]; prints the Asterisk configuration'
            cand --call 'Only one call: a channel id (or linkedid), or the first channel whose name, caller name or number starts with ID (Local/dtmf: Local/dtmf@lab-00000001;1); with its other legs, bridges, playbacks and recordings'
            cand --count 'Exit 0 after N events'
            cand --until 'Exit 0 after printing the first event whose type matches GLOB'
            cand --wait 'Print only the first event whose type matches GLOB, then exit 0 (for scripts: one event, one --jq value)'
            cand --timeout 'Give up after SECS with exit 9'
            cand --keepalive 'Ping the server every SECS; no answer means a dead connection'
            cand --record 'Also append every frame received to FILE (one JSON line each, whatever the filters show), for --replay'
            cand --replay 'Read the events from FILE (a --record recording, `ari events -o json` output or a websocat capture) instead of a server'
            cand --speed 'With --replay: N times as fast as recorded (1 is real time) [default: max, as fast as it can]'
            cand --cert 'With --listen: serve wss:// with this PEM certificate (chain)'
            cand --key 'With --listen: the PEM private key of --cert'
            cand --subscribe-all 'Receive every channel, bridge and endpoint event, not only the application''s'
            cand --take-over 'Take an application that another connection holds (it gets ApplicationReplaced)'
            cand --relative 'Summary lines show the time since their call''s first event (+1.234), not the clock'
            cand --no-reconnect 'Exit 3 when the connection drops instead of reconnecting'
            cand -h 'Print help'
            cand --help 'Print help'
            cand user 'Send a user event to an application'
            cand claim 'Claim a channel broadcast to several applications'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;events;user'= {
            cand --application 'Name of the Stasis application [string, required]'
            cand --source 'Event sources the event is about: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME [string, repeatable or comma list]'
            cand --var 'Variable to set, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;events;claim'= {
            cand --channel-id 'Channel id [string, required]'
            cand --application 'Name of the Stasis application [string, required]'
            cand --json-body 'Send this JSON document as the request body (@FILE reads a file, - reads stdin)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;events;help'= {
            cand user 'Send a user event to an application'
            cand claim 'Claim a channel broadcast to several applications'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;events;help;user'= {
        }
        &'ari;events;help;claim'= {
        }
        &'ari;events;help;help'= {
        }
        &'ari;raw'= {
            cand --var 'Variable, sent as {"variables": {...}}; repeatable'
            cand --json-body 'Send this JSON document as the request body'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;profile'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the profiles; * marks the default'
            cand show 'Show the settings in use and where each comes from (secrets masked)'
            cand add 'Add a profile from --url, -u, -k, --cacert, --max-time and the options below'
            cand remove 'Remove a profile'
            cand use 'Make a profile the default'
            cand group 'Name several profiles at once, for -p GROUP (the [groups] table)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;profile;list'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;profile;show'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;profile;add'= {
            cand --app 'Default application for `ari events`'
            cand --password-env 'Read the password from this environment variable at run time'
            cand --password-command 'Run this command at run time; its output is the password'
            cand --password-stdin 'Read the password from stdin'
            cand --no-password 'Store no password'
            cand --default 'Make it the default profile'
            cand --force 'Replace a profile of the same name'
            cand --no-check 'Do not try the URL and credentials once the profile is saved'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;profile;remove'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;profile;use'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;profile;group'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Create or replace a group'
            cand remove 'Remove a group (its profiles stay)'
            cand list 'List the groups and their profiles'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;profile;group;add'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;profile;group;remove'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;profile;group;list'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;profile;group;help'= {
            cand add 'Create or replace a group'
            cand remove 'Remove a group (its profiles stay)'
            cand list 'List the groups and their profiles'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;profile;group;help;add'= {
        }
        &'ari;profile;group;help;remove'= {
        }
        &'ari;profile;group;help;list'= {
        }
        &'ari;profile;group;help;help'= {
        }
        &'ari;profile;help'= {
            cand list 'List the profiles; * marks the default'
            cand show 'Show the settings in use and where each comes from (secrets masked)'
            cand add 'Add a profile from --url, -u, -k, --cacert, --max-time and the options below'
            cand remove 'Remove a profile'
            cand use 'Make a profile the default'
            cand group 'Name several profiles at once, for -p GROUP (the [groups] table)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;profile;help;list'= {
        }
        &'ari;profile;help;show'= {
        }
        &'ari;profile;help;add'= {
        }
        &'ari;profile;help;remove'= {
        }
        &'ari;profile;help;use'= {
        }
        &'ari;profile;help;group'= {
            cand add 'Create or replace a group'
            cand remove 'Remove a group (its profiles stay)'
            cand list 'List the groups and their profiles'
        }
        &'ari;profile;help;group;add'= {
        }
        &'ari;profile;help;group;remove'= {
        }
        &'ari;profile;help;group;list'= {
        }
        &'ari;profile;help;help'= {
        }
        &'ari;sim'= {
            cand --listen 'Address to listen on (127.0.0.1:0 picks a free port)'
            cand --read-only-user 'A user who may only read (GET); repeatable'
            cand --seed 'Make channel ids and UUIDs the same on every run'
            cand --outbound 'Connect out to URI as Asterisk''s outbound WebSocket does (ws://HOST:PORT/), for --outbound-app'
            cand --outbound-app 'The application the outbound connection serves'
            cand --channelvars 'Variables every channel snapshot carries, as ari.conf''s channelvars (e.g. CHANNEL(linkedid))'
            cand --asterisk-version 'Play this Asterisk version: the operations and features it lacks answer as it does (e.g. 20.6.0)'
            cand --time-scale 'Multiply every simulated delay (0.1 runs calls ten times faster)'
            cand --scenario 'Play the scripted calls of FILE (TOML: calls, their keys and hang-ups, phones that answer the application''s dials; see README)'
            cand --events 'Print every event as a summary line on stdout [default: at a terminal]'
            cand --no-events 'Do not print events'
            cand --per-call 'With --outbound: connect once per call, when Stasis() runs, and close when it returns (per_call_config)'
            cand --check 'With --scenario: stop when it is done; exit 9 if a step timed out, a call ended early or one was left in Stasis'
            cand -h 'Print help'
            cand --help 'Print help'
            cand call 'A phone calls into a Stasis application (the app must be registered)'
            cand scenario-from 'Derive a scenario (for --scenario) from a recording: the calls that entered an application, their keys and hang-ups, the phones it dialled'
            cand dtmf 'The caller on a channel presses keys'
            cand hangup 'The far end of a channel hangs up'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;sim;call'= {
            cand --app 'Application the call enters, as Stasis(APP) would'
            cand --caller 'Caller id, e.g. ''Alice <1001>'' [default: Alice <1001>]'
            cand --args 'Arguments for the application, comma list'
            cand --digits 'Keys the caller presses once in the application, e.g. 12#'
            cand --hangup-after 'The caller hangs up this many seconds after entering the application'
            cand --ring 'Enter the application unanswered (state Ring), for the app to answer'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;sim;scenario-from'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;sim;dtmf'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;sim;hangup'= {
            cand --cause 'Q.850 hangup cause [default: 16, normal clearing]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;sim;help'= {
            cand call 'A phone calls into a Stasis application (the app must be registered)'
            cand scenario-from 'Derive a scenario (for --scenario) from a recording: the calls that entered an application, their keys and hang-ups, the phones it dialled'
            cand dtmf 'The caller on a channel presses keys'
            cand hangup 'The far end of a channel hangs up'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;sim;help;call'= {
        }
        &'ari;sim;help;scenario-from'= {
        }
        &'ari;sim;help;dtmf'= {
        }
        &'ari;sim;help;hangup'= {
        }
        &'ari;sim;help;help'= {
        }
        &'ari;serve'= {
            cand --app 'The application to serve (default: the profile''s app)'
            cand --max-calls 'At most N calls at once; more continue in the dialplan with ARI_SERVE_STATUS=MAX_CALLS'
            cand --on-exit 'A call still in the application when its handler ends: continue it in the dialplan, or hang it up'
            cand --handler-timeout 'Stop a handler still running after SECS (its call continues)'
            cand --hangup-grace 'After SIGHUP, how long a handler has before its group is killed'
            cand --listen 'Take calls over Asterisk''s outbound WebSocket instead (22.5+; per call or persistent) [default: 127.0.0.1:8765]; prints the Asterisk configuration'
            cand --cert 'With --listen: serve wss:// with this PEM certificate (chain)'
            cand --key 'With --listen: the PEM private key of --cert'
            cand --keepalive 'Ping the server every SECS; no answer means a dead connection'
            cand --adopt 'Run handlers for calls already in the application (left by an earlier serve)'
            cand --take-over 'Serve the application even if another connection may hold it'
            cand --no-reconnect 'Exit 3 when the connection drops instead of reconnecting'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ari;call'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand answer 'Answer the call'
            cand ring 'Send ringing'
            cand hangup 'Hang up the call'
            cand continue 'Send the call back to the dialplan (where it left it, or elsewhere)'
            cand play 'Play media to the call; returns when it has played'
            cand read 'Read digits (typed since the last read count too); prints them'
            cand record 'Record the call into a stored recording; returns when it ends'
            cand dial 'Call ENDPOINT and bridge it with this call when it answers; prints ANSWER, BUSY, NOANSWER, CONGESTION or CHANUNAVAIL (exit 0 only on ANSWER, else 9)'
            cand wait 'Print the call''s next event whose type matches GLOB (JSON); events since the last wait count'
            cand var 'A channel variable of the call'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;call;answer'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;call;ring'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;call;hangup'= {
            cand --reason 'normal, busy, congestion, no_answer, ... (default normal)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;call;continue'= {
            cand --context 'context'
            cand --extension 'extension'
            cand --priority 'priority'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;call;play'= {
            cand --no-wait 'Return as soon as it starts'
            cand --interrupt-on-dtmf 'Stop at the first digit pressed (kept for the next `read`)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;call;read'= {
            cand --max 'Stop after N digits'
            cand --timeout 'Wait at most SECS for each digit (default 5)'
            cand --terminator 'A digit that ends the input (not printed), e.g. ''#'''
            cand --prompt 'Play this first; the first digit stops it (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;call;record'= {
            cand --format 'format'
            cand --max-duration 'max-duration'
            cand --max-silence 'max-silence'
            cand --terminate-on 'A digit that stops the recording: none, any, *, #'
            cand --beep 'Beep before recording'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;call;dial'= {
            cand --timeout 'Ring for at most SECS'
            cand --caller-id 'The caller id the other leg sees'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;call;wait'= {
            cand --timeout 'Give up after SECS (exit 9)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;call;var'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand get 'Print a variable''s value'
            cand set 'Set a variable'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;call;var;get'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;call;var;set'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;call;var;help'= {
            cand get 'Print a variable''s value'
            cand set 'Set a variable'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;call;var;help;get'= {
        }
        &'ari;call;var;help;set'= {
        }
        &'ari;call;var;help;help'= {
        }
        &'ari;call;help'= {
            cand answer 'Answer the call'
            cand ring 'Send ringing'
            cand hangup 'Hang up the call'
            cand continue 'Send the call back to the dialplan (where it left it, or elsewhere)'
            cand play 'Play media to the call; returns when it has played'
            cand read 'Read digits (typed since the last read count too); prints them'
            cand record 'Record the call into a stored recording; returns when it ends'
            cand dial 'Call ENDPOINT and bridge it with this call when it answers; prints ANSWER, BUSY, NOANSWER, CONGESTION or CHANUNAVAIL (exit 0 only on ANSWER, else 9)'
            cand wait 'Print the call''s next event whose type matches GLOB (JSON); events since the last wait count'
            cand var 'A channel variable of the call'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;call;help;answer'= {
        }
        &'ari;call;help;ring'= {
        }
        &'ari;call;help;hangup'= {
        }
        &'ari;call;help;continue'= {
        }
        &'ari;call;help;play'= {
        }
        &'ari;call;help;read'= {
        }
        &'ari;call;help;record'= {
        }
        &'ari;call;help;dial'= {
        }
        &'ari;call;help;wait'= {
        }
        &'ari;call;help;var'= {
            cand get 'Print a variable''s value'
            cand set 'Set a variable'
        }
        &'ari;call;help;var;get'= {
        }
        &'ari;call;help;var;set'= {
        }
        &'ari;call;help;help'= {
        }
        &'ari;repl'= {
            cand --listen 'Be the server Asterisk''s outbound WebSocket connects to [default: 127.0.0.1:8765]: its events show here and the commands go back over it'
            cand --cert 'With --listen: serve wss:// with this PEM certificate (chain)'
            cand --key 'With --listen: the PEM private key of --cert'
            cand --keep-going 'Reading a script from stdin: go on after a failing line (exit with the last failure''s code)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;shell'= {
            cand --listen 'Be the server Asterisk''s outbound WebSocket connects to [default: 127.0.0.1:8765]: its events show here and the commands go back over it'
            cand --cert 'With --listen: serve wss:// with this PEM certificate (chain)'
            cand --key 'With --listen: the PEM private key of --cert'
            cand --keep-going 'Reading a script from stdin: go on after a failing line (exit with the last failure''s code)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;doctor'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;top'= {
            cand --record 'Also append the lists read and every frame received to FILE, for --replay (and ari events --replay)'
            cand --replay 'Play a recording (ari top or ari events --record) instead of watching a server; actions are off'
            cand --speed 'With --replay: N times as fast as recorded [default: 1]; + and - change it'
            cand --read-only 'Watch only: no key sends anything that changes a call'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;ui'= {
            cand --record 'Also append the lists read and every frame received to FILE, for --replay (and ari events --replay)'
            cand --replay 'Play a recording (ari top or ari events --record) instead of watching a server; actions are off'
            cand --speed 'With --replay: N times as fast as recorded [default: 1]; + and - change it'
            cand --read-only 'Watch only: no key sends anything that changes a call'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;media'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand serve 'Answer external media (WebSocket and RTP) on one address: echo, record or play'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;media;serve'= {
            cand --listen 'Where to listen: TCP for the WebSocket and UDP for RTP, on the same port'
            cand --record 'Write each call''s audio to FILE.wav (the second call at once to FILE-2.wav, ...)'
            cand --play 'Play FILE.wav to each call, then a mark (MARK_MEDIA) to see it played out'
            cand --format 'RTP only: the format of a dynamic payload type Asterisk''s table does not name (default: by payload type)'
            cand --echo 'Send every call its own audio back (the default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;media;help'= {
            cand serve 'Answer external media (WebSocket and RTP) on one address: echo, record or play'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;media;help;serve'= {
        }
        &'ari;media;help;help'= {
        }
        &'ari;completions'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;__complete'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;man'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ari;help'= {
            cand channels 'Calls: originate, answer, play, record, bridge, hang up'
            cand bridges 'Mix channels together; play and record to everyone in a bridge'
            cand endpoints 'Phones and trunks (PJSIP/alice): list, state, messages, refer'
            cand applications 'Stasis applications and what they are subscribed to'
            cand asterisk 'The server itself: info, ping, modules, logging, config, global variables'
            cand playbacks 'Media being played: inspect, pause, rewind, stop'
            cand recordings 'Live recordings in progress and stored recordings on disk'
            cand sounds 'Sound prompts installed on the server'
            cand device-states 'Custom device states (Stasis:NAME) for BLF and queues'
            cand mailboxes 'Mailbox message counts for message-waiting indicators'
            cand events 'Tail the live events (with no action); generate user events, claim channels'
            cand raw 'Send any request below /ari (for operations this ari does not know)'
            cand profile 'Manage connection profiles in the config file'
            cand sim 'Run a simulated Asterisk with ARI on 127.0.0.1, to try ari without a PBX'
            cand serve 'Run a script for each call that enters an application (AGI for ARI)'
            cand call 'Act on the call of an `ari serve` handler (answer, play, read, dial...)'
            cand repl 'An interactive session: the same commands without `ari`, with completion and live events'
            cand doctor 'Check the configuration, the connection and the server, and say what is wrong'
            cand top 'A live full-screen view of calls, bridges, applications, endpoints and device states, with actions'
            cand media 'Be the far end of external media: echo, record or play'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand __complete '__complete'
            cand man 'Print the manual page (roff): ari man | man -l -'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ari;help;channels'= {
            cand list 'List the active channels'
            cand originate 'Place a call: dial an endpoint into a Stasis app or into the dialplan'
            cand create 'Create a channel in a Stasis app without dialling it yet (see `channels dial`)'
            cand get 'Show one channel'
            cand hangup 'Hang up a channel'
            cand continue 'Leave the Stasis app and go on in the dialplan'
            cand move 'Hand a channel over to another Stasis app'
            cand redirect 'Send a channel to another endpoint (a blind transfer)'
            cand answer 'Answer a ringing channel'
            cand ring 'Play ringing to a channel'
            cand ring-stop 'Stop ringing'
            cand progress 'Indicate call progress (early media) to a channel'
            cand dtmf 'Send DTMF digits to a channel'
            cand mute 'Mute a channel'
            cand unmute 'Unmute a channel'
            cand hold 'Put a channel on hold'
            cand unhold 'Take a channel off hold'
            cand start-moh 'Play music on hold to a channel'
            cand stop-moh 'Stop music on hold'
            cand start-silence 'Play silence to a channel'
            cand stop-silence 'Stop playing silence'
            cand play 'Play sounds, recordings, numbers or tones to a channel'
            cand record 'Record the audio of a channel'
            cand get-var 'Read a channel variable or dialplan function'
            cand set-var 'Set a channel variable or dialplan function'
            cand get-vars 'Read several channel variables at once'
            cand set-vars 'Set several channel variables at once'
            cand snoop 'Listen to (spy) or talk into (whisper) a channel from a new snoop channel'
            cand dial 'Dial a channel made by `channels create`'
            cand rtp-stats 'RTP statistics of a channel (jitter, loss, round-trip time)'
            cand external-media 'Stream a channel''s audio to and from an external server (RTP, AudioSocket, WebSocket)'
            cand transfer-progress 'Report the progress of a transfer handled by the app'
            cand tap 'Hear a call: its audio into a WAV file, or raw on stdout'
            cand inject 'Speak into a call: a local WAV file played to the channel'
        }
        &'ari;help;channels;list'= {
        }
        &'ari;help;channels;originate'= {
        }
        &'ari;help;channels;create'= {
        }
        &'ari;help;channels;get'= {
        }
        &'ari;help;channels;hangup'= {
        }
        &'ari;help;channels;continue'= {
        }
        &'ari;help;channels;move'= {
        }
        &'ari;help;channels;redirect'= {
        }
        &'ari;help;channels;answer'= {
        }
        &'ari;help;channels;ring'= {
        }
        &'ari;help;channels;ring-stop'= {
        }
        &'ari;help;channels;progress'= {
        }
        &'ari;help;channels;dtmf'= {
        }
        &'ari;help;channels;mute'= {
        }
        &'ari;help;channels;unmute'= {
        }
        &'ari;help;channels;hold'= {
        }
        &'ari;help;channels;unhold'= {
        }
        &'ari;help;channels;start-moh'= {
        }
        &'ari;help;channels;stop-moh'= {
        }
        &'ari;help;channels;start-silence'= {
        }
        &'ari;help;channels;stop-silence'= {
        }
        &'ari;help;channels;play'= {
        }
        &'ari;help;channels;record'= {
        }
        &'ari;help;channels;get-var'= {
        }
        &'ari;help;channels;set-var'= {
        }
        &'ari;help;channels;get-vars'= {
        }
        &'ari;help;channels;set-vars'= {
        }
        &'ari;help;channels;snoop'= {
        }
        &'ari;help;channels;dial'= {
        }
        &'ari;help;channels;rtp-stats'= {
        }
        &'ari;help;channels;external-media'= {
        }
        &'ari;help;channels;transfer-progress'= {
        }
        &'ari;help;channels;tap'= {
        }
        &'ari;help;channels;inject'= {
        }
        &'ari;help;bridges'= {
            cand list 'List the bridges'
            cand create 'Create a bridge'
            cand get 'Show one bridge'
            cand destroy 'Destroy a bridge (its channels stay up)'
            cand get-var 'Read a bridge variable'
            cand set-var 'Set a bridge variable'
            cand get-vars 'Read several bridge variables at once'
            cand set-vars 'Set several bridge variables at once'
            cand add-channel 'Put channels into a bridge'
            cand remove-channel 'Take channels out of a bridge'
            cand set-video-source 'Show one channel''s video to everyone in the bridge'
            cand clear-video-source 'Go back to talker-driven video in the bridge'
            cand start-moh 'Play music on hold to the bridge'
            cand stop-moh 'Stop music on hold in the bridge'
            cand play 'Play media to every channel in the bridge'
            cand record 'Record the mixed audio of the bridge'
            cand inject 'Speak into a bridge: a local WAV file played to everyone in it'
        }
        &'ari;help;bridges;list'= {
        }
        &'ari;help;bridges;create'= {
        }
        &'ari;help;bridges;get'= {
        }
        &'ari;help;bridges;destroy'= {
        }
        &'ari;help;bridges;get-var'= {
        }
        &'ari;help;bridges;set-var'= {
        }
        &'ari;help;bridges;get-vars'= {
        }
        &'ari;help;bridges;set-vars'= {
        }
        &'ari;help;bridges;add-channel'= {
        }
        &'ari;help;bridges;remove-channel'= {
        }
        &'ari;help;bridges;set-video-source'= {
        }
        &'ari;help;bridges;clear-video-source'= {
        }
        &'ari;help;bridges;start-moh'= {
        }
        &'ari;help;bridges;stop-moh'= {
        }
        &'ari;help;bridges;play'= {
        }
        &'ari;help;bridges;record'= {
        }
        &'ari;help;bridges;inject'= {
        }
        &'ari;help;endpoints'= {
            cand list 'List all endpoints'
            cand send-message 'Send a text message (SIP MESSAGE) to a URI'
            cand refer 'Send a SIP REFER to a URI'
            cand list-by-tech 'List the endpoints of one technology'
            cand get 'Show one endpoint and its channels'
            cand send-message-to-endpoint 'Send a text message to one endpoint'
            cand refer-to-endpoint 'Send a SIP REFER to one endpoint'
        }
        &'ari;help;endpoints;list'= {
        }
        &'ari;help;endpoints;send-message'= {
        }
        &'ari;help;endpoints;refer'= {
        }
        &'ari;help;endpoints;list-by-tech'= {
        }
        &'ari;help;endpoints;get'= {
        }
        &'ari;help;endpoints;send-message-to-endpoint'= {
        }
        &'ari;help;endpoints;refer-to-endpoint'= {
        }
        &'ari;help;applications'= {
            cand list 'List the registered Stasis applications'
            cand get 'Show one application and its subscriptions'
            cand subscribe 'Subscribe an application to the events of channels, bridges, endpoints or devices'
            cand unsubscribe 'Unsubscribe an application from event sources'
            cand filter 'Choose which event types an application receives'
        }
        &'ari;help;applications;list'= {
        }
        &'ari;help;applications;get'= {
        }
        &'ari;help;applications;subscribe'= {
        }
        &'ari;help;applications;unsubscribe'= {
        }
        &'ari;help;applications;filter'= {
        }
        &'ari;help;asterisk'= {
            cand get-config 'Read a dynamic configuration object (sorcery)'
            cand set-config 'Create or update a dynamic configuration object'
            cand delete-config 'Delete a dynamic configuration object'
            cand info 'Version, build, configuration and status of the server'
            cand ping 'Check that the server answers'
            cand list-modules 'List the loaded modules'
            cand get-module 'Show one module'
            cand load-module 'Load a module'
            cand unload-module 'Unload a module'
            cand reload-module 'Reload a module'
            cand list-logs 'List the log channels'
            cand add-log 'Add a log channel'
            cand delete-log 'Delete a log channel'
            cand rotate-log 'Rotate a log channel'
            cand get-var 'Read a global variable'
            cand set-var 'Set a global variable'
        }
        &'ari;help;asterisk;get-config'= {
        }
        &'ari;help;asterisk;set-config'= {
        }
        &'ari;help;asterisk;delete-config'= {
        }
        &'ari;help;asterisk;info'= {
        }
        &'ari;help;asterisk;ping'= {
        }
        &'ari;help;asterisk;list-modules'= {
        }
        &'ari;help;asterisk;get-module'= {
        }
        &'ari;help;asterisk;load-module'= {
        }
        &'ari;help;asterisk;unload-module'= {
        }
        &'ari;help;asterisk;reload-module'= {
        }
        &'ari;help;asterisk;list-logs'= {
        }
        &'ari;help;asterisk;add-log'= {
        }
        &'ari;help;asterisk;delete-log'= {
        }
        &'ari;help;asterisk;rotate-log'= {
        }
        &'ari;help;asterisk;get-var'= {
        }
        &'ari;help;asterisk;set-var'= {
        }
        &'ari;help;playbacks'= {
            cand get 'Show one playback'
            cand stop 'Stop a playback'
            cand control 'Pause, unpause, restart, rewind or fast-forward a playback'
        }
        &'ari;help;playbacks;get'= {
        }
        &'ari;help;playbacks;stop'= {
        }
        &'ari;help;playbacks;control'= {
        }
        &'ari;help;recordings'= {
            cand list 'List the stored recordings'
            cand get 'Show one stored recording'
            cand delete 'Delete a stored recording'
            cand download 'Download the audio of a stored recording (--to FILE, or stdout when piped)'
            cand copy 'Copy a stored recording'
            cand get-live 'Show a recording in progress'
            cand cancel 'Stop a recording in progress and throw it away'
            cand stop 'Stop a recording in progress and keep it'
            cand pause 'Pause a recording in progress'
            cand unpause 'Resume a paused recording'
            cand mute 'Record silence instead of the audio until unmuted'
            cand unmute 'Record the audio again after a mute'
        }
        &'ari;help;recordings;list'= {
        }
        &'ari;help;recordings;get'= {
        }
        &'ari;help;recordings;delete'= {
        }
        &'ari;help;recordings;download'= {
        }
        &'ari;help;recordings;copy'= {
        }
        &'ari;help;recordings;get-live'= {
        }
        &'ari;help;recordings;cancel'= {
        }
        &'ari;help;recordings;stop'= {
        }
        &'ari;help;recordings;pause'= {
        }
        &'ari;help;recordings;unpause'= {
        }
        &'ari;help;recordings;mute'= {
        }
        &'ari;help;recordings;unmute'= {
        }
        &'ari;help;sounds'= {
            cand list 'List the installed sound prompts'
            cand get 'Show one sound prompt and its languages and formats'
        }
        &'ari;help;sounds;list'= {
        }
        &'ari;help;sounds;get'= {
        }
        &'ari;help;device-states'= {
            cand list 'List the device states that ARI controls'
            cand get 'Show one device state'
            cand update 'Change a device state (creates it if needed)'
            cand delete 'Delete a device state'
        }
        &'ari;help;device-states;list'= {
        }
        &'ari;help;device-states;get'= {
        }
        &'ari;help;device-states;update'= {
        }
        &'ari;help;device-states;delete'= {
        }
        &'ari;help;mailboxes'= {
            cand list 'List the mailboxes that ARI controls'
            cand get 'Show one mailbox''s message counts'
            cand update 'Set a mailbox''s message counts (creates it if needed)'
            cand delete 'Delete a mailbox'
        }
        &'ari;help;mailboxes;list'= {
        }
        &'ari;help;mailboxes;get'= {
        }
        &'ari;help;mailboxes;update'= {
        }
        &'ari;help;mailboxes;delete'= {
        }
        &'ari;help;events'= {
            cand user 'Send a user event to an application'
            cand claim 'Claim a channel broadcast to several applications'
        }
        &'ari;help;events;user'= {
        }
        &'ari;help;events;claim'= {
        }
        &'ari;help;raw'= {
        }
        &'ari;help;profile'= {
            cand list 'List the profiles; * marks the default'
            cand show 'Show the settings in use and where each comes from (secrets masked)'
            cand add 'Add a profile from --url, -u, -k, --cacert, --max-time and the options below'
            cand remove 'Remove a profile'
            cand use 'Make a profile the default'
            cand group 'Name several profiles at once, for -p GROUP (the [groups] table)'
        }
        &'ari;help;profile;list'= {
        }
        &'ari;help;profile;show'= {
        }
        &'ari;help;profile;add'= {
        }
        &'ari;help;profile;remove'= {
        }
        &'ari;help;profile;use'= {
        }
        &'ari;help;profile;group'= {
            cand add 'Create or replace a group'
            cand remove 'Remove a group (its profiles stay)'
            cand list 'List the groups and their profiles'
        }
        &'ari;help;profile;group;add'= {
        }
        &'ari;help;profile;group;remove'= {
        }
        &'ari;help;profile;group;list'= {
        }
        &'ari;help;sim'= {
            cand call 'A phone calls into a Stasis application (the app must be registered)'
            cand scenario-from 'Derive a scenario (for --scenario) from a recording: the calls that entered an application, their keys and hang-ups, the phones it dialled'
            cand dtmf 'The caller on a channel presses keys'
            cand hangup 'The far end of a channel hangs up'
        }
        &'ari;help;sim;call'= {
        }
        &'ari;help;sim;scenario-from'= {
        }
        &'ari;help;sim;dtmf'= {
        }
        &'ari;help;sim;hangup'= {
        }
        &'ari;help;serve'= {
        }
        &'ari;help;call'= {
            cand answer 'Answer the call'
            cand ring 'Send ringing'
            cand hangup 'Hang up the call'
            cand continue 'Send the call back to the dialplan (where it left it, or elsewhere)'
            cand play 'Play media to the call; returns when it has played'
            cand read 'Read digits (typed since the last read count too); prints them'
            cand record 'Record the call into a stored recording; returns when it ends'
            cand dial 'Call ENDPOINT and bridge it with this call when it answers; prints ANSWER, BUSY, NOANSWER, CONGESTION or CHANUNAVAIL (exit 0 only on ANSWER, else 9)'
            cand wait 'Print the call''s next event whose type matches GLOB (JSON); events since the last wait count'
            cand var 'A channel variable of the call'
        }
        &'ari;help;call;answer'= {
        }
        &'ari;help;call;ring'= {
        }
        &'ari;help;call;hangup'= {
        }
        &'ari;help;call;continue'= {
        }
        &'ari;help;call;play'= {
        }
        &'ari;help;call;read'= {
        }
        &'ari;help;call;record'= {
        }
        &'ari;help;call;dial'= {
        }
        &'ari;help;call;wait'= {
        }
        &'ari;help;call;var'= {
            cand get 'Print a variable''s value'
            cand set 'Set a variable'
        }
        &'ari;help;call;var;get'= {
        }
        &'ari;help;call;var;set'= {
        }
        &'ari;help;repl'= {
        }
        &'ari;help;doctor'= {
        }
        &'ari;help;top'= {
        }
        &'ari;help;media'= {
            cand serve 'Answer external media (WebSocket and RTP) on one address: echo, record or play'
        }
        &'ari;help;media;serve'= {
        }
        &'ari;help;completions'= {
        }
        &'ari;help;__complete'= {
        }
        &'ari;help;man'= {
        }
        &'ari;help;help'= {
        }
    ]
    $completions[$command]
}
