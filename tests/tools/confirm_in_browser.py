"""Drives headless Chromium over the DevTools protocol (python3-websocket) through the
confirmation page, as a contact would:

    confirm_in_browser.py CHROMIUM LINK PAGE.png RESULT.png PROFILE_DIR

Opens LINK in two tabs, clicks Confirm in the first (a real mouse click at the button),
then in the second, then opens LINK again. Prints JSON: the page's text before confirming
(`page`) and after each step (`first`, `second`, `reopened`); saves screenshots of the page
and of the first result.
"""

import base64
import json
import os
import subprocess
import sys
import time
import urllib.request

import websocket


class Tab:
    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=30)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event):
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == event:
                    del self.events[: i + 1]
                    return e
            self.events.append(json.loads(self.ws.recv()))

    def evaluate(self, expression):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def open(self, url):
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def text(self):
        return self.evaluate("document.body.innerText")

    def click(self, selector):
        """A mouse click at the middle of the element, as a person's."""
        box = self.evaluate(
            "(() => { const r = document.querySelector(%s).getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()" % json.dumps(selector)
        )
        self.events.clear()
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)
        self.wait_for("Page.loadEventFired")

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))


def main():
    chromium, link, page_png, result_png, profile = sys.argv[1:6]
    browser = subprocess.Popen(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--remote-debugging-port=0",
            "--user-data-dir=" + profile,
            "--window-size=420,480",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = os.path.join(profile, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            time.sleep(0.1)
        port = int(open(port_file).read().split()[0])

        def new_tab():
            request = urllib.request.Request("http://127.0.0.1:%d/json/new?about:blank" % port, method="PUT")
            info = json.load(urllib.request.urlopen(request, timeout=30))
            tab = Tab(info["webSocketDebuggerUrl"])
            tab.call("Page.enable")
            tab.call("Emulation.setDeviceMetricsOverride", width=420, height=480, deviceScaleFactor=1, mobile=True)
            return tab

        first, second = new_tab(), new_tab()
        first.open(link)
        second.open(link)
        seen = {"page": first.text()}
        first.screenshot(page_png)
        first.click("button")
        seen["first"] = first.text()
        first.screenshot(result_png)
        second.click("button")
        seen["second"] = second.text()
        first.open(link)
        seen["reopened"] = first.text()
        print(json.dumps(seen, ensure_ascii=False))
    finally:
        browser.terminate()
        browser.wait(timeout=30)


if __name__ == "__main__":
    main()
