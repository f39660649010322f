// A real local SMTP server for end-to-end tests (not a mock transport): it accepts
// every message and exposes what it received over HTTP for the test process to read.
import http from "node:http";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 2525);
const httpPort = Number(process.env.SMTP_SINK_HTTP_PORT ?? 2580);
const messages = [];
let down = false;

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onConnect(_session, callback) {
    // Lets tests simulate an SMTP outage.
    if (down) return callback(Object.assign(new Error("Service unavailable"), { responseCode: 421 }));
    callback();
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", async () => {
      const raw = Buffer.concat(chunks);
      const parsed = await simpleParser(raw);
      messages.push({
        envelopeTo: session.envelope.rcptTo.map((r) => r.address),
        to: parsed.to ? [].concat(parsed.to).flatMap((a) => a.value.map((v) => v.address)) : [],
        subject: parsed.subject ?? "",
        text: parsed.text ?? "",
        html: typeof parsed.html === "string" ? parsed.html : "",
        attachments: parsed.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.size, contentBase64: a.content.toString("base64") })),
        receivedAt: new Date().toISOString(),
      });
      callback();
    });
  },
});
smtp.listen(smtpPort, "127.0.0.1");

http
  .createServer((req, res) => {
    if (req.method === "GET" && req.url === "/messages") {
      res.setHeader("content-type", "application/json");
      return res.end(JSON.stringify(messages));
    }
    if (req.method === "DELETE" && req.url === "/messages") {
      messages.length = 0;
      return res.end("ok");
    }
    if (req.method === "POST" && (req.url === "/down" || req.url === "/up")) {
      down = req.url === "/down";
      return res.end("ok");
    }
    if (req.url === "/health") return res.end("ok");
    res.statusCode = 404;
    res.end();
  })
  .listen(httpPort, "127.0.0.1");
