import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root saknas i index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
