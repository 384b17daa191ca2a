import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { templateSchema, type Template } from '../../common/template';

/** A shipped template, read from templates/<name>.json. */
export function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}
