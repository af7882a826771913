import { useState } from 'react';
import { Link } from 'react-router';
import { useFolders } from '../../../api/folders/get-folders.ts';
import { formatCount } from '../../../lib/format-count.ts';
import { withFolder } from '../../../lib/library-view-changes.ts';
import type { LibraryView } from '../../../lib/library-view.ts';
import { paths } from '../../../lib/paths.ts';
import { ancestorsOf, buildFolderTree, type FolderNode } from '../folder-tree.ts';
import { countKind, type CountKind } from '../count-kind.ts';

/** Folders with how many files each holds (or, with "Needs …" on, how many need it). */
export function FolderTree({ view }: { view: LibraryView }) {
  const folders = useFolders();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(ancestorsOf(view.folder)));
  const kind = countKind(view);

  if (folders.isPending) return <p className="hint">Loading folders…</p>;
  if (folders.isError) return <p className="hint">Could not load the folders.</p>;
  const tree = buildFolderTree(folders.data);

  function toggle(path: string) {
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(path)) next.add(path);
      return next;
    });
  }

  return (
    <nav aria-label="Folders" className="folder-tree">
      <ul>
        <li>
          <Link
            className="folder-tree__link"
            to={paths.view(withFolder(view, null))}
            aria-current={view.folder === null ? 'page' : undefined}
          >
            All folders
          </Link>
          {tree.length > 0 && (
            <Branch nodes={tree} view={view} kind={kind} open={open} onToggle={toggle} />
          )}
        </li>
      </ul>
    </nav>
  );
}

interface BranchProps {
  nodes: FolderNode[];
  view: LibraryView;
  kind: CountKind;
  open: ReadonlySet<string>;
  onToggle(path: string): void;
}

function Branch({ nodes, view, kind, open, onToggle }: BranchProps) {
  return (
    <ul>
      {nodes.map((node) => {
        const isOpen = open.has(node.path);
        const count = node.counts[kind.field];
        return (
          <li key={node.path}>
            <div className="folder-tree__item">
              {node.children.length > 0 ? (
                <button
                  type="button"
                  className="folder-tree__toggle"
                  aria-expanded={isOpen}
                  aria-label={`${isOpen ? 'Close' : 'Open'} ${node.name}`}
                  onClick={() => onToggle(node.path)}
                >
                  <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                </button>
              ) : (
                <span className="folder-tree__spacer" />
              )}
              <Link
                className="folder-tree__link"
                to={paths.view(withFolder(view, node.path))}
                aria-current={view.folder === node.path ? 'page' : undefined}
              >
                <span className="folder-tree__name">{node.name}</span>
                <span className="folder-tree__count">
                  {formatCount(count)}
                  <span className="visually-hidden"> {kind.label}</span>
                </span>
              </Link>
            </div>
            {isOpen && node.children.length > 0 && (
              <Branch
                nodes={node.children}
                view={view}
                kind={kind}
                open={open}
                onToggle={onToggle}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
