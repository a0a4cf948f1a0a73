//! Configuration that makes a test Asterisk instance connect out to `ari`
//! (`ari events --listen`, `ari repl --listen`): websocket_client.conf and
//! ari.conf, for `Asterisk::start_with_conf`.

/// Configuration for a test instance: connect out to 127.0.0.1:`port` for `apps`.
pub fn outbound_conf(port: u16, connection_type: &str, apps: &str) -> tempfile::TempDir {
    outbound_conf_with(
        &format!("ws://127.0.0.1:{port}/"),
        connection_type,
        apps,
        "",
    )
}

/// The same for any `uri`, with extra websocket_client.conf lines (TLS).
pub fn outbound_conf_with(
    uri: &str,
    connection_type: &str,
    apps: &str,
    extra: &str,
) -> tempfile::TempDir {
    let conf = tempfile::tempdir().unwrap();
    std::fs::write(
        conf.path().join("websocket_client.conf"),
        format!(
            "[ari-listen]\ntype = websocket_client\nconnection_type = {connection_type}\nuri = {uri}\nprotocols = ari\nusername = asterisk\npassword = asterisk\n{extra}"
        ),
    )
    .unwrap();
    std::fs::write(
        conf.path().join("ari.conf"),
        format!(
            "[ari-listen]\ntype = outbound_websocket\nwebsocket_client_id = ari-listen\napps = {apps}\nlocal_ari_user = asterisk\n"
        ),
    )
    .unwrap();
    conf
}
