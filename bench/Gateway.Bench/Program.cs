Console.WriteLine("benchmarks arrive with the validator");
