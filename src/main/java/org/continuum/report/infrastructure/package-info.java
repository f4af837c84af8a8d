/** Report documents written with libraries: the trainee portfolio as a PDF (PDFBox). */
package org.continuum.report.infrastructure;
