import { useSearchParams } from 'react-router';
import { FileLibrary } from '../../features/library/components/file-library.tsx';
import { SearchBox } from '../../features/library/components/search-box.tsx';

/** The library: search (kept in `?q=` so reloads and links keep it) over the image grid. */
export function LibraryPage() {
  const [params, setParams] = useSearchParams();
  const searchText = params.get('q') ?? '';

  function search(text: string) {
    const q = text.trim();
    setParams(q ? { q } : {}, { replace: true });
  }

  return (
    <>
      <div className="page-heading">
        <h1>Library</h1>
        <SearchBox value={searchText} onSearch={search} />
      </div>
      <FileLibrary searchText={searchText} />
    </>
  );
}
