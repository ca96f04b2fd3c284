// The app's entry: one root, in StrictMode (which in development mounts,
// unmounts and mounts again, to show effects that do not clean up).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
