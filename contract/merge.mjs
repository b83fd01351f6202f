// Merges the services' OpenAPI documents the way the gateway's MergedOpenApi does (paths, every
// components kind, tags by name; a schema name two lines define differently is prefixed by the
// line in that line's document), for a trial of check.sh without a running platform:
//   node merge.mjs OUT.json corrections=../corrections-service/target/openapi.json mediation=... ...
import { readFileSync, writeFileSync } from 'node:fs';

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) {
  console.error('usage: node merge.mjs OUT.json LINE=DOCUMENT.json ...');
  process.exit(2);
}

const merged = {
  openapi: '3.1.0',
  info: {
    title: '司法行政业务平台 API (judicial administration platform)',
    version: '1.0.0',
    description: 'All work lines of the Daxiang District judicial bureau through the gateway / 经网关访问的全部业务接口',
    contact: { name: '大祥区司法局' },
    license: { name: 'Proprietary / 内部使用', identifier: 'LicenseRef-Proprietary' },
  },
  servers: [{ url: '/', description: 'The gateway / 统一入口（网关）' }],
  paths: {},
  components: {},
  tags: [],
};

// Key order differs between a served and a stored document: compare canonically.
const canonical = (node) => JSON.stringify(node, (key, value) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]]))
    : value);
const camel = (line) => line.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

function rewriteRefs(node, renames) {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, renames));
  if (node && typeof node === 'object') {
    const copy = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const name = v.replace('#/components/schemas/', '');
        copy[k] = v.startsWith('#/components/schemas/') && renames[name] ? `#/components/schemas/${renames[name]}` : v;
      } else {
        copy[k] = rewriteRefs(v, renames);
      }
    }
    return copy;
  }
  return node;
}

for (const input of inputs) {
  const [line, file] = input.split('=');
  let doc = JSON.parse(readFileSync(file, 'utf8'));
  const schemas = (merged.components.schemas ??= {});
  const renames = {};
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    if (schemas[name] && canonical(schemas[name]) !== canonical(schema)) renames[name] = camel(line) + name;
  }
  if (Object.keys(renames).length > 0) {
    console.error(`${line}: schemas renamed because another line defines them differently: ${JSON.stringify(renames)}`);
    doc = rewriteRefs(doc, renames);
    for (const [from, to] of Object.entries(renames)) {
      doc.components.schemas[to] = doc.components.schemas[from];
      delete doc.components.schemas[from];
    }
  }
  Object.assign(merged.paths, doc.paths ?? {});
  for (const [kind, entries] of Object.entries(doc.components ?? {})) {
    merged.components[kind] = { ...(merged.components[kind] ?? {}), ...entries };
  }
  for (const tag of doc.tags ?? []) {
    if (!merged.tags.some((t) => t.name === tag.name)) merged.tags.push(tag);
  }
}
writeFileSync(out, JSON.stringify(merged, null, 2) + '\n');
console.error(`merged ${inputs.length} documents into ${out}: ${Object.keys(merged.paths).length} paths`);
