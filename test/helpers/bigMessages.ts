// Messages too big or too slow to parse, written at test time rather than kept as fixtures.

/** A message whose text body is `mb` megabytes of plain lines. */
export function bigBody(mb: number): Buffer {
  const head =
    'From: "Big Sender" <big@nhs.net>\r\nTo: england.cso@nhs.net\r\nSubject: RE: Lead Healthcare Scientists (LHS)\r\n' +
    'Date: Thu, 15 Sep 2016 10:00:00 +0000\r\nMessage-ID: <big-body@nhs.net>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n';
  const line = 'Our Lead Healthcare Scientist is named below, after a great deal of other text for the minutes.\r\n';
  return Buffer.concat([Buffer.from(head), Buffer.from(line.repeat(Math.ceil((mb * 1048576) / line.length)))]);
}

/** An HTML-only message of `rows` table rows (100 bytes each). */
export function bigHtml(rows: number): Buffer {
  const head =
    'From: "Slow Sender" <slow@nhs.net>\r\nTo: england.cso@nhs.net\r\nSubject: RE: Lead Healthcare Scientists (LHS)\r\n' +
    'Date: Thu, 15 Sep 2016 10:00:00 +0000\r\nMessage-ID: <slow-html@nhs.net>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n';
  const row = '<table><tr><td><p>Our lead is <b>Dr X</b> at <a href="mailto:x@nhs.net">x@nhs.net</a></p></td></tr></table>\r\n';
  return Buffer.from(head + '<html><body>' + row.repeat(rows) + '</body></html>\r\n');
}
