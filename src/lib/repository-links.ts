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
