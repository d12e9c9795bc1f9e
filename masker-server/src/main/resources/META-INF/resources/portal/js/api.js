// The portal's only way to the server: the public /api/v1, same origin, with the session cookie.

/** An answer the API refused, with what its error envelope said and the request id. */
export class ApiFailure extends Error {
  constructor(status, code, message, requestId, details) {
    super(message);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.details = details || [];
  }
}

async function send(method, path, body) {
  const options = {method, credentials: 'same-origin', headers: {Accept: 'application/json'}};
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, options);
  } catch (unreachable) {
    throw new ApiFailure(0, 'unreachable', 'The server could not be reached. Check your connection and try again.', null);
  }
  const requestId = response.headers.get('X-Request-Id');
  if (response.status === 204) {
    return null;
  }
  let answer = null;
  const text = await response.text();
  if (text) {
    try {
      answer = JSON.parse(text);
    } catch (notJson) {
      answer = null;
    }
  }
  if (!response.ok) {
    const error = (answer && answer.error) || {};
    throw new ApiFailure(
      response.status,
      error.code || 'http_' + response.status,
      error.message || `The server answered ${response.status}.`,
      error.request_id || requestId,
      error.details);
  }
  return answer;
}

export const api = {
  get: path => send('GET', path),
  post: (path, body) => send('POST', path, body === undefined ? {} : body),
  patch: (path, body) => send('PATCH', path, body),
  delete: path => send('DELETE', path),
};

/** A query string of the values that are set, in the order given. */
export function query(values) {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') {
      parameters.set(name, value);
    }
  }
  const text = parameters.toString();
  return text ? '?' + text : '';
}

/** Ids go into paths encoded, whatever a URL put in them. */
export function segment(id) {
  return encodeURIComponent(id);
}
