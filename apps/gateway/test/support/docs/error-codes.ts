import { PUBLIC_ERRORS } from '@careplan/runtime';

/** Every error code a client may see, with its extensions and meaning, as a Markdown table. */
export function errorCodesTable(): string {
  const rows = Object.entries(PUBLIC_ERRORS).map(([code, { meaning, extensions = {} }]) => {
    const beside = Object.entries(extensions).map(([name, what]) => `\`${name}\`: ${what}`);
    return `| \`${code}\` | ${beside.join('; ')} | ${meaning} |`;
  });
  return ['| `extensions.code` | also in `extensions` | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
