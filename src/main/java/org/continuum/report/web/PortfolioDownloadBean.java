package org.continuum.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.continuum.report.application.Portfolio;
import org.continuum.report.application.PortfolioPdf;
import org.continuum.report.application.Portfolios;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Downloads a trainee's portfolio as a PDF, from the trainee's pages and the committee's. */
@Named("portfolioDownload")
@RequestScoped
public class PortfolioDownloadBean {

  @Inject Portfolios portfolios;
  @Inject PortfolioPdf pdf;

  public StreamedContent pdf(long programId, long traineeId) {
    Portfolio portfolio = portfolios.of(programId, traineeId);
    return DefaultStreamedContent.builder()
        .name("portfolio-" + portfolio.traineeName().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf")
        .contentType("application/pdf")
        .writer(out -> pdf.write(portfolio, out))
        .build();
  }
}
