/**
 * Links into the repository that holds the content: "Edit this entry" and "Report an error".
 * Both are built from the repository's home page, `https://github.com/<owner>/<name>`.
 */

/** The GitHub page that opens an entry's file in the web editor. */
export function editUrl(repository: string, branch: string, filePath: string): string {
  return `${repository.replace(/\/$/, '')}/edit/${encodeURIComponent(branch)}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
}

/** The "report an error" issue form, prefilled with the entry's title, file and address. */
export function reportUrl(repository: string, entry: { title: string; filePath: string; pageUrl: string }): string {
  const query = new URLSearchParams({
    template: 'report-error.yml',
    title: `Error in: ${entry.title}`,
    entry: entry.filePath,
    page: entry.pageUrl,
  });
  return `${repository.replace(/\/$/, '')}/issues/new?${query.toString()}`;
}

/**
 * Why an address is not a repository's home page, with the home page to write instead, or
 * undefined if it is one. A clone address (`….git`) or a page inside the repository (`/tree/…`,
 * `/blob/…`) would make every link built from it lead nowhere (GitHub answers 404).
 */
export function repositoryAddressProblem(address: string): { message: string; help: string } | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    // Not an address at all: the web-address rule reports it.
    return undefined;
  }
  const inside = /\/(tree|blob)(\/|$)/.exec(url.pathname);
  const home = `${url.origin}${url.pathname
    .slice(0, inside?.index ?? url.pathname.length)
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')}`;
  const expected = `expected the repository's home page, like "${home}", from which edit and report links are made`;
  if (inside) {
    return { message: `"${address}" is a page inside the repository (${expected})`, help: `write repository: ${home}` };
  }
  if (/\.git\/?$/.test(url.pathname)) {
    return { message: `"${address}" is a clone address (${expected})`, help: `write repository: ${home}` };
  }
  return undefined;
}
