import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';

interface StaffSearchInputProps {
  value: string;
  onSearch: (search: string) => void;
}

/** Search by name or email; waits for a pause in typing before asking the server. */
export function StaffSearchInput({ value, onSearch }: StaffSearchInputProps) {
  const [text, setText] = useState(value);
  const search = useDebouncedCallback(onSearch, 350);

  // Follow the URL when it changes from outside (back button, a bookmarked link).
  useEffect(() => {
    setText(value);
  }, [value]);

  return (
    <TextInput
      label="Search staff"
      type="search"
      placeholder="Name or email"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSearch(text);
      }}
      w={{ base: '100%', sm: 280 }}
    />
  );
}
