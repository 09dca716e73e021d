// Every target's answer is checked once before it is measured: HTTP 200, no `errors`, and per root field the same
// totalCount and number of rows (edges, nodes or list items) as Formasi's.

/** Per root field: { totalCount?, rows? } of a connection (edges or nodes) or a list. */
export function shapeOf(data) {
  const shape = {};
  for (const [key, value] of Object.entries(data ?? {})) {
    if (Array.isArray(value)) shape[key] = { rows: value.length };
    else if (value && typeof value === 'object') {
      const list = value.edges ?? value.nodes;
      const entry = {};
      if (typeof value.totalCount === 'number') entry.totalCount = value.totalCount;
      if (Array.isArray(list)) entry.rows = list.length;
      if (Object.keys(entry).length > 0) shape[key] = entry;
    }
  }
  return shape;
}

/** One request: { ok, status, problem?, shape } */
export async function checkAnswer(request) {
  let response;
  try {
    response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  } catch (error) {
    return { ok: false, status: 0, problem: `no answer: ${error.message}`, shape: {} };
  }
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, status: response.status, problem: `not JSON: ${text.slice(0, 200)}`, shape: {} };
  }
  if (response.status !== 200) {
    return {
      ok: false,
      status: response.status,
      problem: `HTTP ${response.status}: ${text.slice(0, 300)}`,
      shape: {},
    };
  }
  if (body.errors?.length) {
    const messages = body.errors.map((error) => error.message).join('; ');
    return {
      ok: false,
      status: 200,
      problem: `errors: ${messages.slice(0, 300)}`,
      shape: shapeOf(body.data),
    };
  }
  return { ok: true, status: 200, shape: shapeOf(body.data) };
}

const describe = (entry) =>
  [
    entry.totalCount === undefined ? null : `totalCount ${entry.totalCount}`,
    entry.rows === undefined ? null : `${entry.rows} rows`,
  ]
    .filter(Boolean)
    .join(', ');

/** Differences between a peer's shape and Formasi's, for the root fields both answer. */
export function compareShapes(reference, other) {
  const differences = [];
  for (const [key, expected] of Object.entries(reference)) {
    const actual = other[key];
    if (!actual) continue;
    const sameTotal =
      expected.totalCount === undefined ||
      actual.totalCount === undefined ||
      expected.totalCount === actual.totalCount;
    const sameRows =
      expected.rows === undefined || actual.rows === undefined || expected.rows === actual.rows;
    if (!sameTotal || !sameRows)
      differences.push(`${key}: Formasi ${describe(expected)}, this ${describe(actual)}`);
  }
  return differences;
}
