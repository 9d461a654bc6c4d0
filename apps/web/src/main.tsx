import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { createQueryClient } from './lib/query-client';
import { getLocale, loadCatalogue } from './i18n/t';
import { createAppRouter } from './router';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/tables.css';
import './styles/forms.css';
import './styles/document.css';
import './styles/task.css';
import './styles/dashboard.css';
import './styles/picker.css';
import './styles/intake.css';
import './styles/resolution.css';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
document.documentElement.lang = getLocale();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

void loadCatalogue().then(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
