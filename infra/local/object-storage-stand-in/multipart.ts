/** A multipart/form-data body as S3's POST Object reads it: text fields, then the `file` part (bytes as sent). */
export function parseMultipart(
  body: Buffer,
  contentType: string,
): { fields: Record<string, string>; file: Buffer | null } | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!/^multipart\/form-data/i.test(contentType) || !boundary) return null;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const fields: Record<string, string> = {};
  let file: Buffer | null = null;
  let start = body.indexOf(delimiter);
  if (start < 0) return null;
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    // A part: CRLF, headers, CRLF CRLF, content, CRLF, then the next delimiter.
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) return null;
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) return null;
    // S3 ignores fields after the file; so does the stand-in.
    if (name.toLowerCase() === 'file') {
      file = content;
      break;
    }
    fields[name] = content.toString('utf8');
    start = next;
  }
  return { fields, file };
}
