"""A mail server for tests: aiosmtpd on 127.0.0.1:PORT that writes each message it accepts to
DIR as N.eml and N.json (sender, recipients, decoded subject, Message-ID, text and HTML parts).

    smtp_sink.py PORT DIR [--refuse TEXT]

With --refuse, a recipient containing TEXT is refused with 550. Prints `ready PORT` once it
accepts connections, and stops when its standard input closes or on SIGTERM.
"""

import email
import email.policy
import json
import os
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory, refuse):
        self.directory = directory
        self.refuse = refuse
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse and self.refuse in address:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        parts = {}
        for part in message.walk():
            kind = part.get_content_type()
            if kind in ("text/plain", "text/html") and kind not in parts:
                parts[kind] = part.get_content()
        record = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "messageId": str(message["message-id"]),
            "contentType": message.get_content_type(),
            "text": parts.get("text/plain"),
            "html": parts.get("text/html"),
        }
        with self.lock:
            self.count += 1
            n = self.count
        base = os.path.join(self.directory, "%03d" % n)
        with open(base + ".eml", "wb") as f:
            f.write(envelope.content)
        # Written whole, then renamed: a reader never sees half a message.
        with open(base + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(base + ".tmp", base + ".json")
        return "250 Message accepted for delivery"


def main():
    port, directory = int(sys.argv[1]), sys.argv[2]
    refuse = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--refuse" else None
    controller = Controller(Sink(directory, refuse), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready %d" % controller.port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
