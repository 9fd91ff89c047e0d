namespace Clues.GraphQL.Http;

/// <summary>Carries an <see cref="HttpProblem"/> out of request reading, where returning it through every layer would obscure the flow.</summary>
internal sealed class HttpProblemException(HttpProblem problem) : Exception(problem.Message)
{
    public HttpProblem Problem { get; } = problem;
}
