// What of a request URL may go into the log. Logs travel further than the
// database (to log shippers, tickets, screenshots), so they carry no personal
// data and no secrets: every query value is replaced, because a search for
// "Abdulkarim 01.01.1990" or an e-mail address would otherwise be written in
// clear, and path segments that are secrets themselves (invitation and
// booking-management tokens) are replaced too. Parameter names stay, so a log
// still tells which search or filter was asked for.

const SECRET_SEGMENTS = /(\/(?:einladung|invitations|manage)\/)[^/?#]+/g;

export function loggableUrl(url: string): string {
  const queryStart = url.indexOf('?');
  const path = (queryStart < 0 ? url : url.slice(0, queryStart)).replace(SECRET_SEGMENTS, '$1[redacted]');
  if (queryStart < 0) return path;
  const names = url
    .slice(queryStart + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => `${pair.split('=')[0]}=[redacted]`);
  return names.length > 0 ? `${path}?${names.join('&')}` : path;
}

/** Fastify's logger settings: pino JSON at the configured level, without cookies, CSRF tokens or query values. */
export function requestLogOptions(level: string, stream?: { write(line: string): void }) {
  return {
    level,
    ...(stream && { stream }),
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    serializers: {
      req: (request: { method: string; url: string; ip: string }) => ({ method: request.method, url: loggableUrl(request.url), remoteAddress: request.ip }),
    },
  };
}
