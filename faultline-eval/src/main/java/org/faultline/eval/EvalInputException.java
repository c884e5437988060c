package org.faultline.eval;

/**
 * Gold or system input the scorer cannot use: a line that is not JSON, a gold sentence missing from its
 * text, or a value of a type where score.py would stop with an error. The message names the file and
 * line or the document, like score.py's.
 */
public class EvalInputException extends RuntimeException {
    public EvalInputException(String message) {
        super(message);
    }
}
