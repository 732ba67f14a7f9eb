import { Anchor, Text } from '@mantine/core';

interface CitationLinkProps {
  citation: { url: string; text: string; section?: string | null; checkStatus?: string | null };
  label?: string;
}

/**
 * The rule's source: a link named by its section (or "Source"), with the wording relied on as its
 * title. A district policy without a web address (its citation is the override itself) is shown
 * as its basis in words, not as a link.
 */
export function CitationLink({ citation, label }: CitationLinkProps) {
  const name = label ?? citation.section ?? 'Source';
  if (!/^https?:\/\//.test(citation.url)) {
    return (
      <Text component="span" size="sm" fs="italic">
        {citation.section ?? name}: {citation.text}
      </Text>
    );
  }
  return (
    <>
      <Anchor href={citation.url} target="_blank" rel="noreferrer" size="sm" title={citation.text}>
        {name}
        <span className="visually-hidden"> (opens in a new tab): {citation.text}</span>
      </Anchor>
      {/* Only when the check was asked for: a source nobody confirmed is said to be so. */}
      {citation.checkStatus && citation.checkStatus !== 'confirmed' && (
        <Text component="span" size="xs" c="orange.9">
          {' '}
          (source not verified)
        </Text>
      )}
    </>
  );
}
