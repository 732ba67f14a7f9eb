import { Anchor } from '@mantine/core';

interface CitationLinkProps {
  citation: { url: string; text: string; section?: string | null };
  label?: string;
}

/** The rule's source: a link named by its section (or "Source"), with the wording relied on as its title. */
export function CitationLink({ citation, label }: CitationLinkProps) {
  const name = label ?? citation.section ?? 'Source';
  return (
    <Anchor href={citation.url} target="_blank" rel="noreferrer" size="sm" title={citation.text}>
      {name}
      <span className="visually-hidden"> (opens in a new tab): {citation.text}</span>
    </Anchor>
  );
}
