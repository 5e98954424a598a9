//! TXT records by a real DNS query (RFC 1035): one question over UDP, asked again over TCP when
//! the answer comes back truncated. Small on purpose: a domain's verification record is all
//! partnerctl looks up, so a resolver crate would bring far more than it uses.
//!
//! The name server is `PARTNERCTL_DNS_SERVER` (`127.0.0.1:5353`; the port defaults to 53), or
//! the first `nameserver` of /etc/resolv.conf.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpStream, UdpSocket};

const TXT: u16 = 16;
const CLASS_IN: u16 = 1;
/// How long one try waits for its answer; UDP is tried twice.
const WAIT: Duration = Duration::from_secs(3);
const RESOLV_CONF: &str = "/etc/resolv.conf";

/// The name server to ask.
pub fn server() -> Result<SocketAddr, String> {
    if let Some(value) = crate::env_vars::DNS_SERVER.get() {
        return parse_server(&value).ok_or_else(|| {
            format!(
                "{} is {value:?}: give an address and optional port, like 127.0.0.1:5353",
                crate::env_vars::DNS_SERVER.name
            )
        });
    }
    let conf = std::fs::read_to_string(RESOLV_CONF)
        .map_err(|e| format!("cannot read {RESOLV_CONF} for a name server: {e}"))?;
    conf.lines()
        .filter_map(|l| l.trim().strip_prefix("nameserver"))
        .find_map(|rest| parse_server(rest.trim()))
        .ok_or_else(|| {
            format!(
                "{RESOLV_CONF} names no name server; set {}",
                crate::env_vars::DNS_SERVER.name
            )
        })
}

fn parse_server(value: &str) -> Option<SocketAddr> {
    let value = value.trim();
    value.parse::<SocketAddr>().ok().or_else(|| {
        value
            .parse::<IpAddr>()
            .ok()
            .map(|ip| SocketAddr::new(ip, 53))
    })
}

/// The TXT records of `name` (each record's strings joined); none when the name does not exist.
pub async fn lookup(server: SocketAddr, name: &str) -> io::Result<Vec<String>> {
    let id = u16::from_le_bytes(crate::random::bytes());
    let query = encode_query(id, name)?;
    let mut last = io::Error::new(io::ErrorKind::TimedOut, "the name server did not answer");
    for _ in 0..2 {
        match ask_udp(server, &query).await {
            Ok(answer) => match decode_answer(id, &answer)? {
                Answer::Records(r) => return Ok(r),
                Answer::Truncated => {
                    let answer = ask_tcp(server, &query).await?;
                    return match decode_answer(id, &answer)? {
                        Answer::Records(r) => Ok(r),
                        Answer::Truncated => Err(bad("a truncated answer over TCP")),
                    };
                }
            },
            Err(e) => last = e,
        }
    }
    Err(last)
}

async fn ask_udp(server: SocketAddr, query: &[u8]) -> io::Result<Vec<u8>> {
    let local: SocketAddr = match server {
        SocketAddr::V4(_) => "0.0.0.0:0".parse().expect("an address"),
        SocketAddr::V6(_) => "[::]:0".parse().expect("an address"),
    };
    let socket = UdpSocket::bind(local).await?;
    socket.connect(server).await?;
    socket.send(query).await?;
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(WAIT, socket.recv(&mut buf))
        .await
        .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "the name server did not answer"))??;
    buf.truncate(n);
    Ok(buf)
}

/// Over TCP each message is preceded by its length (RFC 1035 §4.2.2).
async fn ask_tcp(server: SocketAddr, query: &[u8]) -> io::Result<Vec<u8>> {
    let exchange = async {
        let mut stream = TcpStream::connect(server).await?;
        let mut framed = (query.len() as u16).to_be_bytes().to_vec();
        framed.extend_from_slice(query);
        stream.write_all(&framed).await?;
        let mut len = [0u8; 2];
        stream.read_exact(&mut len).await?;
        let mut answer = vec![0u8; u16::from_be_bytes(len) as usize];
        stream.read_exact(&mut answer).await?;
        Ok(answer)
    };
    tokio::time::timeout(WAIT, exchange)
        .await
        .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "the name server did not answer"))?
}

fn bad(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("the name server sent {what}"),
    )
}

/// A query for `name`'s TXT records, recursion desired.
fn encode_query(id: u16, name: &str) -> io::Result<Vec<u8>> {
    let mut q = Vec::with_capacity(18 + name.len());
    q.extend_from_slice(&id.to_be_bytes());
    q.extend_from_slice(&[0x01, 0x00]); // RD
    q.extend_from_slice(&[0, 1, 0, 0, 0, 0, 0, 0]); // one question
    for label in name.trim_end_matches('.').split('.') {
        if label.is_empty() || label.len() > 63 || !label.is_ascii() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{name:?} is not a DNS name"),
            ));
        }
        q.push(label.len() as u8);
        q.extend_from_slice(label.as_bytes());
    }
    q.push(0);
    q.extend_from_slice(&TXT.to_be_bytes());
    q.extend_from_slice(&CLASS_IN.to_be_bytes());
    Ok(q)
}

enum Answer {
    Records(Vec<String>),
    Truncated,
}

fn decode_answer(id: u16, msg: &[u8]) -> io::Result<Answer> {
    let mut r = Reader { msg, at: 0 };
    if r.u16()? != id {
        return Err(bad("an answer to another question"));
    }
    let flags = r.u16()?;
    if flags & 0x8000 == 0 {
        return Err(bad("a question instead of an answer"));
    }
    if flags & 0x0200 != 0 {
        return Ok(Answer::Truncated);
    }
    match flags & 0x000f {
        0 => {}
        3 => return Ok(Answer::Records(Vec::new())), // NXDOMAIN: no such name
        rcode => return Err(bad(&format!("error code {rcode}"))),
    }
    let questions = r.u16()?;
    let answers = r.u16()?;
    r.skip(4)?; // authority and additional counts
    for _ in 0..questions {
        r.name()?;
        r.skip(4)?;
    }
    let mut records = Vec::new();
    for _ in 0..answers {
        r.name()?;
        let kind = r.u16()?;
        let class = r.u16()?;
        r.skip(4)?; // TTL
        let len = r.u16()? as usize;
        let data = r.take(len)?;
        if kind != TXT || class != CLASS_IN {
            continue;
        }
        // A TXT record is one or more length-prefixed strings.
        let mut text = Vec::new();
        let mut d = Reader { msg: data, at: 0 };
        while d.at < data.len() {
            let n = d.take(1)?[0] as usize;
            text.extend_from_slice(d.take(n)?);
        }
        records.push(String::from_utf8_lossy(&text).into_owned());
    }
    Ok(Answer::Records(records))
}

struct Reader<'a> {
    msg: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> io::Result<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.msg.len());
        let end = end.ok_or_else(|| bad("a short answer"))?;
        let part = &self.msg[self.at..end];
        self.at = end;
        Ok(part)
    }

    fn skip(&mut self, n: usize) -> io::Result<()> {
        self.take(n).map(|_| ())
    }

    fn u16(&mut self) -> io::Result<u16> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    /// Steps over a name: labels, ending in a zero or in a pointer to an earlier name.
    fn name(&mut self) -> io::Result<()> {
        loop {
            let len = self.take(1)?[0];
            match len {
                0 => return Ok(()),
                l if l & 0xc0 == 0xc0 => return self.skip(1),
                l if l & 0xc0 == 0 => self.skip(l as usize)?,
                _ => return Err(bad("a name it could not read")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An answer as a server writes it: the question echoed, then TXT records pointing at it.
    fn answer(id: u16, flags: u16, records: &[&[&str]]) -> Vec<u8> {
        let query = encode_query(id, "contoso.com").unwrap();
        let mut m = query[..12].to_vec();
        m[2..4].copy_from_slice(&flags.to_be_bytes());
        m[6..8].copy_from_slice(&(records.len() as u16).to_be_bytes());
        m.extend_from_slice(&query[12..]);
        for strings in records {
            m.extend_from_slice(&[0xc0, 12]);
            m.extend_from_slice(&TXT.to_be_bytes());
            m.extend_from_slice(&CLASS_IN.to_be_bytes());
            m.extend_from_slice(&300u32.to_be_bytes());
            let data: Vec<u8> = strings
                .iter()
                .flat_map(|s| std::iter::once(s.len() as u8).chain(s.bytes()))
                .collect();
            m.extend_from_slice(&(data.len() as u16).to_be_bytes());
            m.extend_from_slice(&data);
        }
        m
    }

    #[test]
    fn reads_txt_records_and_joins_their_strings() {
        let msg = answer(7, 0x8180, &[&["MS=ms12345678"], &["v=spf1 ", "-all"]]);
        let Answer::Records(r) = decode_answer(7, &msg).unwrap() else {
            panic!("truncated")
        };
        assert_eq!(r, ["MS=ms12345678", "v=spf1 -all"]);
    }

    #[test]
    fn a_truncated_answer_asks_again() {
        let msg = answer(7, 0x8380, &[]);
        assert!(matches!(decode_answer(7, &msg).unwrap(), Answer::Truncated));
    }

    #[test]
    fn refuses_answers_to_other_questions_and_short_ones() {
        let msg = answer(7, 0x8180, &[&["x"]]);
        assert!(decode_answer(8, &msg).is_err());
        assert!(decode_answer(7, &msg[..msg.len() - 1]).is_err());
    }

    #[test]
    fn no_such_name_has_no_records() {
        let msg = answer(7, 0x8183, &[]);
        assert!(matches!(decode_answer(7, &msg).unwrap(), Answer::Records(r) if r.is_empty()));
    }

    #[test]
    fn servers_take_a_default_port() {
        assert_eq!(parse_server("10.0.0.2"), "10.0.0.2:53".parse().ok());
        assert_eq!(
            parse_server("127.0.0.1:5353"),
            "127.0.0.1:5353".parse().ok()
        );
        assert_eq!(parse_server("nonsense"), None);
    }
}
