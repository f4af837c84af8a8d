package org.continuum.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

public class UserFacingExceptionHandlerFactory extends ExceptionHandlerFactory {

  public UserFacingExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new UserFacingExceptionHandler(getWrapped().getExceptionHandler());
  }
}
