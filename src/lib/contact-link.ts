/** The link for a story's corrections contact (`contact` in story.yaml): an e-mail address or an https page. */
export function contactLink(contact: string): { href: string; text: string } {
  if (!contact.includes('://')) return { href: `mailto:${contact}`, text: contact };
  const url = new URL(contact);
  return { href: url.href, text: `${url.host}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}` };
}
